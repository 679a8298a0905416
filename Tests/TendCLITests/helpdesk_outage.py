#!/usr/bin/env python3
"""Computes the Outage measure of the help-desk log's busiest customers, independently of Tend's Swift code.

Reads ../shared/data/helpdesk-events.csv with Python's csv module and applies the reading of
examples/helpdesk-mapping.json: a case opens at its first event (its local date as written), severity is the most
severe mapped value over the case's events, and the customer is the value on the case's last event. For each of
the named customer-years it prints the cases opened, the severity 1 cases among them and the Outage points:
2 when the severity 1 share is at most 5 %, 1 when it is below 20 %, 0 otherwise, and 2 with no cases.

Usage: python3 Tests/TendCLITests/helpdesk_outage.py [path to helpdesk-events.csv]
"""
import collections
import csv
import fractions
import sys

SEVERITY = {"Value 4": 1, "Value 1": 2, "Value 2": 3, "Value 3": 4}
# The two busiest customers over three years, and customer-years at or above the 20 % boundary.
CUSTOMER_YEARS = [
    ("Value 22", 2011), ("Value 22", 2012), ("Value 22", 2013),
    ("Value 9", 2011), ("Value 9", 2012), ("Value 9", 2013),
    ("Value 92", 2011), ("Value 27", 2011), ("Value 62", 2012), ("Value 63", 2010), ("Value 150", 2011),
]


def main(path):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        column = {name: header.index(name) for name in ["Case ID", "Complete Timestamp", "customer", "seriousness_2"]}
        events = collections.defaultdict(list)
        for row in reader:
            events[row[column["Case ID"]]].append(row)

    counts = collections.Counter()
    severe = collections.Counter()
    for rows in events.values():
        rows.sort(key=lambda row: row[column["Complete Timestamp"]])
        year = int(rows[0][column["Complete Timestamp"]][:4])
        customer = rows[-1][column["customer"]]
        severity = min(SEVERITY[row[column["seriousness_2"]]] for row in rows)
        counts[(customer, year)] += 1
        if severity == 1:
            severe[(customer, year)] += 1

    for customer, year in CUSTOMER_YEARS:
        total = counts[(customer, year)]
        ones = severe[(customer, year)]
        if total == 0:
            points = 2
        else:
            share = fractions.Fraction(ones, total)
            points = 2 if share <= fractions.Fraction(5, 100) else 1 if share < fractions.Fraction(20, 100) else 0
        print(f'("{customer}", {year}, {total}, {ones}, {points}),')


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/helpdesk-events.csv")
