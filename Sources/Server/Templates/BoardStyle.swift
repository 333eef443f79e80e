/// The board's page: read on a laptop in a meeting or on a phone; one column up to 1000 px,
/// bars wide enough to compare associations at a glance.
enum BoardStyle {
    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.45 system-ui,-apple-system,"DejaVu Sans",sans-serif;color:#111;background:#f6f6f4}
        main{max-width:1000px;margin:0 auto;padding:16px 18px 40px}
        section{background:#fff;border:1px solid #d6d6d0;border-radius:10px;padding:14px 16px;margin:14px 0}
        h1{font-size:26px;margin:0}
        h2{font-size:19px;margin:0 0 10px}
        a{color:#0645ad}
        .top{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:4px 16px}
        .updated{margin:0;color:#444}
        .stale .updated::after{content:" · ingen kontakt med servern just nu";color:#b42318}
        .total .big{margin:0;font-size:40px;font-weight:700;line-height:1.1}
        .total .of{font-size:20px;font-weight:400;color:#444}
        .total p{margin:4px 0}
        progress{width:100%;height:16px;accent-color:#137333}
        .associations{list-style:none;margin:0;padding:0}
        .associations li{display:grid;grid-template-columns:minmax(90px,180px) 1fr 70px;column-gap:12px;align-items:center;padding:8px 0;border-bottom:1px solid #e4e4e0}
        .associations .name{font-weight:700;overflow-wrap:anywhere}
        .associations .percent{text-align:right;font-weight:700;font-variant-numeric:tabular-nums}
        .associations .figures,.associations .contact{grid-column:2 / span 2;font-size:14px;color:#444}
        .chart{display:block;width:100%;height:auto}
        #map{height:420px;border:1px solid #999;border-radius:8px;background:#f4f1ea}
        .legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:14px}
        .swatch{display:inline-block;width:14px;height:14px;margin-right:6px;border:1px solid #333;vertical-align:-2px}
        .swatch.not-started{background:#c4c4c4}
        .swatch.in-progress{background:#f2b01e}
        .swatch.done-with-skips{background:#d9480f}
        .swatch.delivered{background:#137333}
        .legend[hidden]{display:none}
        .swatch.balance-within{background:#137333}
        .swatch.balance-paperCap{background:#1a56db}
        .swatch.balance-remnant{background:#f2b01e}
        .swatch.balance-outside{background:#b42318}
        .swatch.volunteer-none{background:#c4c4c4}
        .skips{list-style:none;margin:0;padding:0}
        .skips li{padding:3px 0}
        .skips .label{display:inline-block;min-width:140px}
        .skips .count{font-weight:700;font-variant-numeric:tabular-nums}
        .links{margin:10px 0 0;font-size:15px}
        @media (max-width:520px){
          main{padding:10px 10px 30px}
          .total .big{font-size:32px}
          .associations li{grid-template-columns:1fr 64px}
          .associations progress{grid-column:1 / span 2;grid-row:2}
          .associations .figures,.associations .contact{grid-column:1 / span 2}
          #map{height:320px}
        }

        """
}
