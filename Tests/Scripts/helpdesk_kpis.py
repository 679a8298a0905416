#!/usr/bin/env python3
"""Print the expected support KPIs of the help-desk event log per opening year and severity.

Computes every figure from the raw log with the standard library alone, independently of the Swift code, and prints
one Swift array literal per (year, severity) for HelpdeskKPITests in Tests/TendImportTests. The rules follow docs/support-metrics.md and
examples/helpdesk-mapping.json: timestamps are Europe/Rome local time (an ambiguous autumn time takes the earlier
instant), severity is the most severe value of a case, first contact is the first "Take in charge ticket", restore
the last "Resolve ticket", close the last "Closed", and a "Wait" lasts until the case's next event. Targets are the
built-in default policy in calendar hours with waits pausing the restore clock, and the report time is
2014-06-01T00:00 in Rome.

Durations are printed as integer milliseconds: a count, a sum, twice the median, and the nearest-rank 90th
percentile, so the Swift test can compare exact fractions.
"""
import collections
import csv
import datetime
import pathlib
import sys
import zoneinfo

SEVERITY = {"Value 4": 1, "Value 1": 2, "Value 2": 3, "Value 3": 4}
FIRST_CONTACT, RESTORE, CLOSE, WAIT = "Take in charge ticket", "Resolve ticket", "Closed", "Wait"
# Severity: (first contact hours, restore hours) of the built-in default policy.
TARGET_HOURS = {1: (1, 4), 2: (4, 24), 3: (8, 72), 4: (24, 168)}
ROME = zoneinfo.ZoneInfo("Europe/Rome")
HOUR = 3_600_000


def milliseconds(local):
    moment = datetime.datetime.strptime(local, "%Y/%m/%d %H:%M:%S.%f").replace(tzinfo=ROME, fold=0)
    return round(moment.timestamp() * 1000)


NOW = milliseconds("2014/06/01 00:00:00.000")

root = pathlib.Path(__file__).resolve().parents[2]
path = root.parent / "shared" / "data" / "helpdesk-events.csv"
if len(sys.argv) > 1:
    path = pathlib.Path(sys.argv[1])

events = collections.defaultdict(list)
with open(path, newline="", encoding="utf-8") as handle:
    rows = csv.reader(handle)
    header = next(rows)
    columns = {name: header.index(name) for name in ("Case ID", "Activity", "Complete Timestamp", "seriousness_2")}
    for order, row in enumerate(rows):
        time = milliseconds(row[columns["Complete Timestamp"]])
        local_year = int(row[columns["Complete Timestamp"]][:4])
        events[row[columns["Case ID"]]].append(
            (time, order, row[columns["Activity"]], SEVERITY[row[columns["seriousness_2"]]], local_year))


def summarise(case_events):
    case_events.sort()
    opened = case_events[0][0]
    contact = next((e[0] for e in case_events if e[2] == FIRST_CONTACT), None)
    restores = [e[0] for e in case_events if e[2] == RESTORE]
    closes = [e[0] for e in case_events if e[2] == CLOSE]
    reopenings, resolved = 0, False
    for event in case_events:
        if event[2] in (RESTORE, CLOSE):
            resolved = True
        elif resolved and event[2] != WAIT:
            reopenings += 1
            resolved = False
    waits = []
    for index, event in enumerate(case_events):
        if event[2] == WAIT:
            waits.append((event[0], case_events[index + 1][0] if index + 1 < len(case_events) else None))
    return {
        "year": case_events[0][4], "severity": min(e[3] for e in case_events), "opened": opened, "contact": contact,
        "restored": restores[-1] if restores else None, "closed": closes[-1] if closes else None,
        "reopenings": reopenings, "waits": waits,
    }


def target_status(case, milestone, target_hours, waits):
    """Return True (met), False (missed) or None (pending) as the SLA clock in calendar hours decides."""
    stop = milestone
    if stop is None:
        stop = NOW if case["closed"] is None else min(NOW, case["closed"])
    stop = max(stop, case["opened"])
    spans = sorted((start, stop if end is None else end) for start, end in waits)
    paused, cursor = 0, case["opened"]
    for start, end in spans:
        start, end = max(start, cursor), min(end, stop)
        if start < end:
            paused += end - start
            cursor = end
    elapsed = stop - case["opened"] - paused
    within = elapsed <= target_hours * HOUR
    if milestone is not None:
        return within
    return None if within else False


def statistics(durations):
    if not durations:
        return [0, 0, 0, 0]
    durations.sort()
    count = len(durations)
    middle = count // 2
    median2 = 2 * durations[middle] if count % 2 else durations[middle - 1] + durations[middle]
    rank = max(1, -(-90 * count // 100))
    return [count, sum(durations), median2, durations[rank - 1]]


groups = collections.defaultdict(list)
for case_events in events.values():
    case = summarise(case_events)
    groups[(case["year"], case["severity"])].append(case)

print("// year, severity, cases, open, reopened, reopenings, mttr[4], ttfc[4], aclt[4], first contact met/missed/")
print("// pending, restore met/missed/pending, rca unknown, anomalies")
for (year, severity), cases in sorted(groups.items()):
    restore_times, contact_times, life_times = [], [], []
    first_contact, restore = collections.Counter(), collections.Counter()
    open_count = reopened = reopenings = anomalies = 0
    for case in cases:
        opened, contact, restored, closed = case["opened"], case["contact"], case["restored"], case["closed"]
        bad_contact = (contact is not None and contact < opened) or (
            closed is not None and contact is not None and closed < contact)
        bad_restore = restored is not None and restored < opened
        bad_close = closed is not None and closed < opened
        close_before_restore = closed is not None and restored is not None and closed < restored
        anomalies += sum([
            contact is not None and contact < opened, bad_restore, bad_close, close_before_restore,
            closed is not None and contact is not None and closed < contact,
        ])
        open_count += closed is None
        reopened += case["reopenings"] > 0
        reopenings += case["reopenings"]
        if restored is not None and not bad_restore and not close_before_restore:
            restore_times.append(restored - opened)
        if contact is not None and not bad_contact:
            contact_times.append(contact - opened)
        if closed is not None and not bad_close and not close_before_restore:
            life_times.append(closed - opened)
        first_hours, restore_hours = TARGET_HOURS[severity]
        if not bad_contact:
            first_contact[target_status(case, contact, first_hours, [])] += 1
        if not (contact is not None and contact < opened) and not bad_restore:
            restore[target_status(case, restored, restore_hours, case["waits"])] += 1
    rca_unknown = len(cases) if severity <= 2 else 0
    fields = [year, severity, len(cases), open_count, reopened, reopenings]
    fields += statistics(restore_times) + statistics(contact_times) + statistics(life_times)
    fields += [first_contact[True], first_contact[False], first_contact[None]]
    fields += [restore[True], restore[False], restore[None], rca_unknown, anomalies]
    print("[" + ", ".join(str(field) for field in fields) + "],")
