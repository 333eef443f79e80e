// cairo draws (PDF, SVG and PNG surfaces); pango lays out text on it. One module, because
// pangocairo.h includes cairo.h and two modules must not both own cairo's types.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
