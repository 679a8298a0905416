import Foundation
import TendCLI

exit(TendCommandLine().run(Array(CommandLine.arguments.dropFirst())))
