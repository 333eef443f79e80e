/// The phone pages' style: high contrast for sunlight, buttons a thumb hits (at least 56 px),
/// one column from 360 to 430 px.
enum PhoneStyle {
    static let css = """
        *{box-sizing:border-box}
        [hidden]{display:none!important}
        .unsent{position:sticky;top:0;z-index:2000;margin:0 0 8px;padding:10px 12px;border-radius:10px;background:#fde68a;color:#111;font-weight:700;text-align:center}
        .refused{margin:0 0 8px;padding:10px 12px;border:2px solid #b91c1c;border-radius:10px;color:#7f1d1d;font-size:16px}
        body{margin:0;font:18px/1.4 system-ui,-apple-system,"DejaVu Sans",sans-serif;color:#111;background:#fff}
        main{max-width:430px;margin:0 auto;padding:12px 14px 40px}
        h1{font-size:26px;margin:4px 0 6px}
        a{color:#0645ad}
        .back{display:inline-block;padding:10px 0;font-size:17px}
        .progress{margin:0 0 6px}
        progress{width:100%;height:14px;accent-color:#137333}
        .current{border:3px solid #111;border-radius:12px;padding:12px;margin:14px 0}
        .stopline{font-size:24px;font-weight:700;margin:0}
        .stopline .number{display:inline-block;min-width:44px;padding:2px 8px;margin-right:6px;border-radius:22px;background:#1a56db;color:#fff;text-align:center}
        .papers{margin:6px 0 12px;font-size:19px}
        button{display:block;width:100%;min-height:56px;margin:10px 0 0;border:0;border-radius:10px;font:inherit;font-weight:700;cursor:pointer}
        .deliver{min-height:76px;font-size:26px;background:#137333;color:#fff}
        .undo{background:#e8e8e8;color:#111;border:2px solid #111}
        .skip summary{display:block;min-height:56px;margin-top:10px;padding:14px;border:2px solid #b45309;border-radius:10px;color:#7c2d12;font-weight:700;text-align:center;list-style:none}
        .skip summary::-webkit-details-marker{display:none}
        .reason{background:#fff7ed;color:#7c2d12;border:2px solid #b45309}
        .finished{font-size:20px;font-weight:700;color:#137333}
        #map{height:300px;margin:14px 0;border:2px solid #111;border-radius:10px;background:#f4f1ea}
        .stops{list-style:none;margin:0;padding:0}
        .stops a{display:grid;grid-template-columns:44px 1fr auto;grid-template-rows:auto auto;column-gap:8px;min-height:56px;padding:8px 4px;border-bottom:1px solid #ccc;color:#111;text-decoration:none}
        .stops .number{grid-row:span 2;align-self:center;text-align:center;font-weight:700;border-radius:18px;padding:4px 0;border:2px solid #111}
        .stops .address{font-weight:600}
        .stops .papers{margin:0;font-size:18px;text-align:right}
        .stops .state{grid-column:2 / span 2;font-size:15px;color:#444}
        .stops .delivered .number{background:#137333;border-color:#137333;color:#fff}
        .stops .skipped .number{background:#b45309;border-color:#b45309;color:#fff}
        .areas{list-style:none;padding:0}
        .area{display:block;padding:14px;margin:10px 0;border:2px solid #111;border-radius:12px;color:#111;text-decoration:none}
        .area .name{display:block;font-size:22px;font-weight:700}
        .area .figures{display:block;margin:4px 0}
        .note,.links{font-size:16px;color:#333}
        .route-arrow span{display:block;width:16px;height:16px;color:#0b2f80;font:700 14px/16px system-ui,sans-serif;text-align:center}
        .locate{width:auto;min-height:44px;margin:0;padding:8px 12px;border:2px solid #111;border-radius:8px;background:#fff;color:#111;font-size:16px}
        .stop-label{display:flex;align-items:center;justify-content:center;width:26px;height:26px;border-radius:13px;border:2px solid #111;background:#fff;color:#111;font:700 12px/1 system-ui,sans-serif}
        .stop-label.delivered{background:#137333;border-color:#0b4d22;color:#fff}
        .stop-label.skipped{background:#b45309;border-color:#7c2d12;color:#fff}
        .stop-label.next{background:#1a56db;border-color:#0b2f80;color:#fff;width:32px;height:32px;border-radius:16px}

        """
}
