import Foundation
import TendCore
import TendStore

struct ShelfwareCommand: Command {
    static let name = "shelfware"
    static let summary = "rank accounts by unused licence value, or show one account's shelf-ware"
    static let help = """
        Usage: tend shelfware [--account ID] [--format table|json|csv]

        Shows the shelf-ware of the latest install base snapshot: licences owned and not in use, and what they
        cost (unused licences × unit price). Without --account, lists every account with its install base value,
        unused value and unused share; accounts whose unused share is above 25 % are flagged and come first,
        and each group is ranked by unused value. The last line gives the total unrecognised value.
        With --account, lists that account's products: usage (totally unused, under-used or fully used),
        licences, values, the licences in use on each snapshot date, and the product's finding.

        Options:
          --account ID       show one account's products
          --format FORMAT    table (default), json or csv
        \(commonOptionsHelp(column: 21))
        """
    static let valueOptions: Set<String> = ["account", "format"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument \"\(arguments.positionals[0])\"")
        }
        let format = try arguments.choice("format", ["table", "json", "csv"], default: "table")
        let store = try context.openExistingStore()
        if let accountID = arguments.value("account") {
            guard try store.account(id: accountID) != nil else { throw AccountNotFound(accountID: accountID) }
            guard let document = try ShelfwareBook.accountDocument(store: store, accountID: accountID) else {
                context.console.print("Account \(accountID) has no install base snapshot; import install_base.csv.")
                return
            }
            switch format {
            case "json": context.console.print(try jsonText(document))
            case "csv": context.console.writeOutput(productsCSV(document))
            default: context.console.writeOutput(productsTable(document))
            }
            return
        }
        let document = try ShelfwareBook.portfolioDocument(store: store)
        switch format {
        case "json": context.console.print(try jsonText(document))
        case "csv": context.console.writeOutput(accountsCSV(document))
        default: context.console.writeOutput(accountsTable(document))
        }
    }

    static func accountsTable(_ document: PortfolioShelfwareDocument) -> String {
        var rows = [["ACCOUNT", "NAME", "UNUSED VALUE", "INSTALL BASE VALUE", "UNUSED SHARE", "FLAG", "PRODUCTS"]]
        for account in document.accounts {
            let wasted = account.products.filter { $0.unusedLicences > 0 }.map(\.product)
            rows.append([
                account.accountID, account.name, account.unusedValue, account.installBaseValue,
                account.unusedShare.map { $0 + " %" } ?? "-", account.flagged ? "above 25 %" : "",
                wasted.joined(separator: ", "),
            ])
        }
        return formatTable(rows)
            + "\(document.accounts.count) accounts, \(document.flaggedAccounts) above 25 %; "
            + "total unrecognised value \(document.totalUnusedValue)\n"
    }

    static func accountsCSV(_ document: PortfolioShelfwareDocument) -> String {
        var text = "account_id,name,date,unused_value,install_base_value,unused_share,flagged\n"
        for account in document.accounts {
            let fields = [
                account.accountID, account.name, account.date, account.unusedValue, account.installBaseValue,
                account.unusedShare ?? "", account.flagged ? "true" : "false",
            ]
            text += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return text
    }

    static func productsTable(_ document: AccountShelfwareDocument) -> String {
        var rows = [
            ["PRODUCT", "USAGE", "IN USE", "UNUSED", "UNIT PRICE", "UNUSED VALUE", "FINDING", "IN USE BY DATE"]
        ]
        for product in document.products {
            let trend = product.trend.map { "\($0.date) \($0.licencesInUse)/\($0.licencesOwned)" }
            rows.append([
                product.product, usageTitle(product.usage), "\(product.licencesInUse)/\(product.licencesOwned)",
                String(product.unusedLicences), product.unitPrice, product.unusedValue,
                product.findingID.map { "\($0) \(product.findingStep ?? "")" } ?? "",
                trend.joined(separator: ", "),
            ])
        }
        let share = document.unusedShare.map { " (\($0) % of \(document.installBaseValue))" } ?? ""
        return "\(document.name) (\(document.accountID)), install base of \(document.date)\n"
            + formatTable(rows) + "Unused value \(document.unusedValue)\(share)"
            + (document.flagged ? ", above 25 %" : "") + "\n"
    }

    static func productsCSV(_ document: AccountShelfwareDocument) -> String {
        var text = "account_id,date,product,major_version,usage,licences_owned,licences_in_use,unused_licences,"
        text += "unit_price,installed_value,unused_value,finding_id,finding_step\n"
        for product in document.products {
            let fields = [
                document.accountID, document.date, product.product, String(product.majorVersion), product.usage,
                String(product.licencesOwned), String(product.licencesInUse), String(product.unusedLicences),
                product.unitPrice, product.installedValue, product.unusedValue, product.findingID ?? "",
                product.findingStep ?? "",
            ]
            text += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return text
    }

    static func usageTitle(_ usage: String) -> String {
        switch LicenceUsage(rawValue: usage) {
        case .totallyUnused: "totally unused"
        case .underUsed: "under-used"
        case .fullyUsed, nil: "fully used"
        }
    }
}
