/// The dashboard's stylesheet, served at `/static/tend.css` because the content security policy forbids inline styles.
let stylesheet = """
    body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0; color: #1d2733; background: #f5f7fa; }
    header.top { background: #1f4e79; color: #fff; padding: 0.6rem 1.5rem; display: flex; gap: 2rem;
      align-items: center; }
    header.top a { color: #fff; text-decoration: none; margin-right: 1rem; }
    header.top .brand { font-weight: bold; font-size: 1.3rem; }
    main { padding: 1rem 1.5rem; }
    footer { padding: 1rem 1.5rem; color: #5a6776; font-size: 0.85rem; }
    h1 { font-size: 1.5rem; margin: 0.5rem 0; }
    h2 { font-size: 1.15rem; margin-top: 1.5rem; }
    table { border-collapse: collapse; background: #fff; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid #e1e6ec; vertical-align: top; }
    th a { color: inherit; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 0.6rem; font-size: 0.8rem;
      color: #fff; font-weight: bold; }
    .badge.healthy { background: #2e7d32; }
    .badge.infected { background: #ef8f00; }
    .badge.sick { background: #c62828; }
    .badge.none { background: #8a96a3; }
    tr.healthy td:first-child { border-left: 4px solid #2e7d32; }
    tr.infected td:first-child { border-left: 4px solid #ef8f00; }
    tr.sick td:first-child { border-left: 4px solid #c62828; }
    tr.none td:first-child { border-left: 4px solid #8a96a3; }
    .counts { display: flex; gap: 1rem; margin: 0.8rem 0; flex-wrap: wrap; }
    .counts a { background: #fff; border: 1px solid #d5dce4; border-radius: 0.4rem; padding: 0.5rem 1rem;
      text-decoration: none; color: inherit; }
    .counts strong { font-size: 1.4rem; display: block; }
    form.filters { display: flex; gap: 0.6rem; flex-wrap: wrap; align-items: end; margin-bottom: 0.8rem; }
    form.filters label { display: flex; flex-direction: column; font-size: 0.8rem; }
    .pager { margin: 0.8rem 0; display: flex; gap: 1rem; align-items: center; }
    .score-big { font-size: 2.4rem; font-weight: bold; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
    .card { background: #fff; border: 1px solid #d5dce4; border-radius: 0.4rem; padding: 0.8rem 1rem; }
    .muted { color: #5a6776; }
    .lost { color: #c62828; }
    ol.actions li { margin-bottom: 0.4rem; }
    table.measures { table-layout: fixed; }
    table.measures th:nth-child(1) { width: 14%; }
    table.measures th:nth-child(2), table.measures th:nth-child(3), table.measures th:nth-child(4) { width: 7%; }
    svg.trend { display: block; margin: 0.4rem 0; }
    .error { background: #fdecea; border: 1px solid #c62828; padding: 0.8rem; border-radius: 0.4rem; }
    .counts .tile { background: #fff; border: 1px solid #d5dce4; border-radius: 0.4rem; padding: 0.5rem 1rem; }
    tr.flagged td:first-child { border-left: 4px solid #c62828; }
    .steps .step { display: inline-block; padding: 0.2rem 0.6rem; border: 1px solid #d5dce4; border-radius: 0.6rem;
      background: #fff; }
    .steps .step.current { background: #1f4e79; color: #fff; font-weight: bold; }
    dl dt { font-weight: bold; margin-top: 0.4rem; }
    dl dd { margin-left: 0; }
    """
