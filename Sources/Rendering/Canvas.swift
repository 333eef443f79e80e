import CPangoCairo
import Foundation

/// One page to draw on, in millimetres from the top left. Lines, shapes and text;
/// text is laid out by pango, so Swedish letters, kerning and ellipses come out right.
public final class Canvas {
    private let context: OpaquePointer
    private let pangoContext: OpaquePointer
    private var layouts: [Font: OpaquePointer] = [:]
    public let size: PaperSize

    init(surface: OpaquePointer, millimeterScale: Double, size: PaperSize) {
        self.size = size
        context = cairo_create(surface)
        cairo_scale(context, millimeterScale, millimeterScale)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
        pangoContext = pango_cairo_create_context(context)
        // Unhinted metrics: the same text takes the same room in PDF, SVG and PNG.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pangoContext, options)
        cairo_font_options_destroy(options)
        // A point is 25.4/72 mm: at 25.4 "dots" per inch a point size comes out in millimetres.
        pango_cairo_context_set_resolution(pangoContext, 25.4)
        // Pango rounds glyph positions to whole user units by default: here, whole millimetres.
        pango_context_set_round_glyph_positions(pangoContext, 0)
    }

    func finish() {
        for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        layouts = [:]
        g_object_unref(UnsafeMutableRawPointer(pangoContext))
        cairo_show_page(context)
        cairo_destroy(context)
    }

    // MARK: Shapes

    public func fill(_ rect: PaperRect, _ paint: Paint) {
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        set(paint)
        cairo_fill(context)
    }

    public func stroke(_ rect: PaperRect, _ paint: Paint, width: Double) {
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        stroke(paint, width: width)
    }

    /// A polyline; `dash` lengths in millimetres.
    public func stroke(line: [(x: Double, y: Double)], _ paint: Paint, width: Double, dash: [Double] = []) {
        guard trace(line, closed: false) else { return }
        stroke(paint, width: width, dash: dash)
    }

    /// Polygons with holes, filled by the even-odd rule and optionally outlined.
    public func draw(rings: [[(x: Double, y: Double)]], fill: Paint?, outline: Paint?, width: Double = 0.3, dash: [Double] = []) {
        for ring in rings { _ = trace(ring, closed: true) }
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_EVEN_ODD)
        if let fill {
            set(fill)
            if outline != nil { cairo_fill_preserve(context) } else { cairo_fill(context) }
        }
        if let outline { stroke(outline, width: width, dash: dash) }
        cairo_new_path(context)
    }

    public func circle(x: Double, y: Double, radius: Double, fill: Paint?, outline: Paint?, width: Double = 0.25) {
        cairo_new_sub_path(context)
        cairo_arc(context, x, y, radius, 0, 2 * Double.pi)
        if let fill {
            set(fill)
            if outline != nil { cairo_fill_preserve(context) } else { cairo_fill(context) }
        }
        if let outline { stroke(outline, width: width) }
        cairo_new_path(context)
    }

    public func polygon(_ points: [(x: Double, y: Double)], fill: Paint) {
        guard trace(points, closed: true) else { return }
        set(fill)
        cairo_fill(context)
    }

    /// Everything drawn in `body` stays inside `rect`.
    public func clipped(to rect: PaperRect, _ body: () throws -> Void) rethrows {
        cairo_save(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
        defer { cairo_restore(context) }
        try body()
    }

    // MARK: Text

    public enum Alignment { case left, center, right }

    /// Lays out `text`; with a width it wraps (or, with `oneLine`, ends in "…") at that width.
    /// Returns the size it takes in millimetres.
    @discardableResult
    public func text(
        _ text: String, x: Double, y: Double, font: Font, paint: Paint = .black, width: Double? = nil,
        alignment: Alignment = .left, oneLine: Bool = false
    ) -> (width: Double, height: Double) {
        let layout = prepared(text, font: font, width: width, alignment: alignment, oneLine: oneLine)
        cairo_move_to(context, x, y)
        set(paint)
        pango_cairo_show_layout(context, layout)
        return extent(layout)
    }

    public func measure(_ text: String, font: Font, width: Double? = nil, oneLine: Bool = false) -> (width: Double, height: Double) {
        extent(prepared(text, font: font, width: width, alignment: .left, oneLine: oneLine))
    }

    /// Text centred on a point, turned by `radians`, with a light halo so it reads over lines.
    public func label(_ text: String, centerX: Double, centerY: Double, radians: Double = 0, font: Font, paint: Paint = .black, halo: Paint? = .white) {
        let layout = prepared(text, font: font, width: nil, alignment: .left, oneLine: true)
        let (width, height) = extent(layout)
        cairo_save(context)
        cairo_translate(context, centerX, centerY)
        cairo_rotate(context, radians)
        cairo_move_to(context, -width / 2, -height / 2)
        pango_cairo_update_layout(context, layout)
        if let halo {
            pango_cairo_layout_path(context, layout)
            set(halo)
            cairo_set_line_width(context, 0.7)
            cairo_stroke(context)
            cairo_move_to(context, -width / 2, -height / 2)
        }
        set(paint)
        pango_cairo_show_layout(context, layout)
        cairo_restore(context)
        pango_cairo_update_layout(context, layout)
    }

    // MARK: Private

    private func prepared(_ text: String, font: Font, width: Double?, alignment: Alignment, oneLine: Bool) -> OpaquePointer {
        let layout = self.layout(for: font)
        pango_layout_set_text(layout, text, -1)
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded()) } ?? -1)
        pango_layout_set_ellipsize(layout, oneLine && width != nil ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, alignment == .left ? PANGO_ALIGN_LEFT : alignment == .center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT)
        return layout
    }

    private func layout(for font: Font) -> OpaquePointer {
        if let layout = layouts[font] { return layout }
        let layout = pango_layout_new(pangoContext)!
        let description = pango_font_description_from_string(font.description)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        layouts[font] = layout
        return layout
    }

    private func extent(_ layout: OpaquePointer) -> (width: Double, height: Double) {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return (Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
    }

    private func trace(_ points: [(x: Double, y: Double)], closed: Bool) -> Bool {
        guard let first = points.first else { return false }
        cairo_move_to(context, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(context, p.x, p.y) }
        // A lone point strokes as a dot (round cap) only with a segment to itself.
        if points.count == 1 && !closed { cairo_line_to(context, first.x, first.y) }
        if closed { cairo_close_path(context) }
        return true
    }

    private func stroke(_ paint: Paint, width: Double, dash: [Double] = []) {
        set(paint)
        cairo_set_line_width(context, width)
        cairo_set_dash(context, dash, Int32(dash.count), 0)
        cairo_stroke(context)
        cairo_set_dash(context, nil, 0, 0)
    }

    private func set(_ paint: Paint) {
        cairo_set_source_rgba(context, paint.red, paint.green, paint.blue, paint.alpha)
    }
}
