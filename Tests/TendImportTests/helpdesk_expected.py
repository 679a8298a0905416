#!/usr/bin/env python3
"""Print the expected case counts of the help-desk event log, independently of the Swift importer.

Reads ../shared/data/helpdesk-events.csv relative to the package root with Python's csv module and
applies the mapping that HelpdeskEventLogTests uses: severity from `seriousness_2` with
Value 4 -> 1, Value 1 -> 2, Value 2 -> 3, Value 3 -> 4, and the most severe value of each case.
Every `customer` value of any event becomes an account, and each case belongs to the customer of
its last event in time order.
"""
import collections
import csv
import pathlib
import sys

SEVERITY = {"Value 4": 1, "Value 1": 2, "Value 2": 3, "Value 3": 4}

root = pathlib.Path(__file__).resolve().parents[2]
path = root.parent / "shared" / "data" / "helpdesk-events.csv"
if len(sys.argv) > 1:
    path = pathlib.Path(sys.argv[1])

with open(path, newline="", encoding="utf-8") as handle:
    rows = csv.reader(handle)
    header = next(rows)
    case_column = header.index("Case ID")
    time_column = header.index("Complete Timestamp")
    customer_column = header.index("customer")
    severity_column = header.index("seriousness_2")
    events = collections.defaultdict(list)
    for order, row in enumerate(rows):
        events[row[case_column]].append((row[time_column], order, row[customer_column], SEVERITY[row[severity_column]]))

severities = collections.Counter()
accounts = set()
case_accounts = set()
for case_events in events.values():
    case_events.sort()
    severities[min(event[3] for event in case_events)] += 1
    accounts.update(event[2] for event in case_events)
    case_accounts.add(case_events[-1][2])

print("cases", len(events))
print("accounts", len(accounts))
print("accounts with cases", len(case_accounts))
for severity in sorted(severities):
    print("severity", severity, severities[severity])
