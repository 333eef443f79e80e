// Where libosmium stopped in an OSM XML file, when its error does not say.
#ifndef COSMIUM_XML_POSITION_HPP
#define COSMIUM_XML_POSITION_HPP

#include "cosmium.h"

// libosmium's errors raised inside its element handlers (a coordinate out of range, an
// unknown element, a member without a ref) carry no line, and it parses a buffer ahead of
// the objects it has handed over, so the last object handed over is not where it stopped.
// This reads the file again with Expat alone, applying libosmium's own checks to each element
// in document order, until the first that fails. On finding it, fills result's line and column
// (1-based, the element's start tag) and the objects completed before it, and returns true.
bool cosmium_find_xml_error(const char *path, cosmium_result &result);

#endif
