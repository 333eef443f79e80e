// A second, error-path-only pass over an OSM XML file: see xml_position.hpp.
// The checks mirror osmium/io/detail/xml_input_format.hpp (libosmium 2.19) for nodes, ways and
// relations read without metadata, and call libosmium's own parsers for every value.

#include "xml_position.hpp"

#include <osmium/builder/osm_object_builder.hpp>
#include <osmium/memory/buffer.hpp>
#include <osmium/osm/item_type.hpp>
#include <osmium/osm/location.hpp>
#include <osmium/osm/types_from_string.hpp>

#include <expat.h>

#include <cstdio>
#include <cstring>
#include <vector>

namespace {

enum class Context { root, osm, osmChange, section, node, way, relation, tag, nd, member, changeset, discussion, comment, text, bounds, bbox, other };

struct Scan {
    XML_Parser parser;
    std::vector<Context> stack;
    osmium::memory::Buffer scratch{1024, osmium::memory::Buffer::auto_grow::yes};
    int64_t currentID = 0;
    bool found = false;
    uint64_t line = 0;
    uint64_t column = 0;
    uint64_t objects = 0;
    int32_t lastType = 0;
    int64_t lastID = 0;

    static bool is(const char *a, const char *b) { return std::strcmp(a, b) == 0; }

    // An object's attributes as libosmium's init_object parses them.
    void object(const char **attrs) {
        scratch.clear();
        osmium::builder::NodeBuilder builder{scratch};
        osmium::Location location;
        for (; *attrs; attrs += 2) {
            if (is(attrs[0], "lon")) {
                location.set_lon(attrs[1]);
            } else if (is(attrs[0], "lat")) {
                location.set_lat(attrs[1]);
            } else if (!is(attrs[0], "user")) {
                builder.object().set_attribute(attrs[0], attrs[1]);
            }
        }
        currentID = builder.object().id();
    }

    // Throws where libosmium's start_element throws; returns the element's context.
    Context enter(Context parent, const char *name, const char **attrs) {
        switch (parent) {
        case Context::root: {
            const Context root = is(name, "osm") ? Context::osm : is(name, "osmChange") ? Context::osmChange : Context::other;
            if (root == Context::other) throw 1;
            const char *version = "";
            for (; *attrs; attrs += 2) {
                if (is(attrs[0], "version")) version = attrs[1];
            }
            if (!is(version, "0.6")) throw 1;
            return root;
        }
        case Context::osm:
        case Context::osmChange:
        case Context::section:
            if (is(name, "node") || is(name, "way") || is(name, "relation")) {
                object(attrs);
                return is(name, "node") ? Context::node : is(name, "way") ? Context::way : Context::relation;
            }
            if (parent == Context::section) throw 1;
            if (is(name, "changeset")) return Context::changeset;
            if (is(name, "create") || is(name, "modify") || is(name, "delete")) {
                if (parent != Context::osmChange) throw 1;
                return Context::section;
            }
            if (is(name, "bounds")) {
                osmium::Location corner;
                for (; *attrs; attrs += 2) {
                    if (is(attrs[0], "minlon") || is(attrs[0], "maxlon")) corner.set_lon(attrs[1]);
                    if (is(attrs[0], "minlat") || is(attrs[0], "maxlat")) corner.set_lat(attrs[1]);
                }
                return Context::bounds;
            }
            return Context::other;
        case Context::node:
            if (is(name, "tag")) return Context::tag;
            throw 1;
        case Context::way:
            if (is(name, "nd")) {
                osmium::Location location;
                for (; *attrs; attrs += 2) {
                    if (is(attrs[0], "ref")) osmium::string_to_object_id(attrs[1]);
                    if (is(attrs[0], "lon")) location.set_lon(attrs[1]);
                    if (is(attrs[0], "lat")) location.set_lat(attrs[1]);
                }
                return Context::nd;
            }
            if (is(name, "tag")) return Context::tag;
            if (is(name, "bbox") || is(name, "bounds")) return Context::bbox;
            throw 1;
        case Context::relation:
            if (is(name, "member")) {
                osmium::item_type type = osmium::item_type::undefined;
                bool ref = false;
                for (; *attrs; attrs += 2) {
                    if (is(attrs[0], "type")) type = osmium::char_to_item_type(attrs[1][0]);
                    if (is(attrs[0], "ref")) {
                        osmium::string_to_object_id(attrs[1]);
                        ref = true;
                    }
                }
                if (type != osmium::item_type::node && type != osmium::item_type::way && type != osmium::item_type::relation) throw 1;
                if (!ref) throw 1;
                return Context::member;
            }
            if (is(name, "tag")) return Context::tag;
            if (is(name, "bbox") || is(name, "bounds")) return Context::bbox;
            throw 1;
        case Context::changeset:
            if (is(name, "discussion")) return Context::discussion;
            if (is(name, "tag")) return Context::tag;
            throw 1;
        case Context::discussion:
            if (is(name, "comment")) return Context::comment;
            throw 1;
        case Context::comment:
            if (is(name, "text")) return Context::text;
            throw 1;
        default:
            // inside tag, nd, member, text, bounds, bbox or an unknown element: nothing may be
            throw 1;
        }
    }

    static void XMLCALL start(void *data, const XML_Char *name, const XML_Char **attrs) {
        auto &scan = *static_cast<Scan *>(data);
        try {
            scan.stack.push_back(scan.enter(scan.stack.empty() ? Context::root : scan.stack.back(), name, attrs));
        } catch (...) {
            scan.found = true;
            scan.line = XML_GetCurrentLineNumber(scan.parser);
            scan.column = XML_GetCurrentColumnNumber(scan.parser) + 1;
            XML_StopParser(scan.parser, XML_FALSE);
        }
    }

    // libosmium refuses entity declarations (billion laughs) as soon as Expat reports one.
    static void XMLCALL entity(void *data, const XML_Char *, int, const XML_Char *, int, const XML_Char *, const XML_Char *,
                               const XML_Char *, const XML_Char *) {
        auto &scan = *static_cast<Scan *>(data);
        if (scan.found) return;
        scan.found = true;
        scan.line = XML_GetCurrentLineNumber(scan.parser);
        scan.column = XML_GetCurrentColumnNumber(scan.parser) + 1;
        XML_StopParser(scan.parser, XML_FALSE);
    }

    static void XMLCALL end(void *data, const XML_Char *) {
        auto &scan = *static_cast<Scan *>(data);
        // Expat still ends an empty element whose start stopped it.
        if (scan.found) return;
        const Context context = scan.stack.back();
        scan.stack.pop_back();
        if (context == Context::node || context == Context::way || context == Context::relation) {
            scan.objects += 1;
            scan.lastType = context == Context::node ? COSMIUM_NODE : context == Context::way ? COSMIUM_WAY : COSMIUM_RELATION;
            scan.lastID = scan.currentID;
        }
    }
};

} // namespace

bool cosmium_find_xml_error(const char *path, cosmium_result &result) {
    std::FILE *file = std::fopen(path, "rb");
    if (!file) return false;
    Scan scan;
    scan.parser = XML_ParserCreate(nullptr);
    if (!scan.parser) {
        std::fclose(file);
        return false;
    }
    XML_SetUserData(scan.parser, &scan);
    XML_SetElementHandler(scan.parser, Scan::start, Scan::end);
    XML_SetEntityDeclHandler(scan.parser, Scan::entity);
    std::vector<char> chunk(1 << 16);
    bool going = true;
    while (going && !scan.found) {
        const size_t read = std::fread(chunk.data(), 1, chunk.size(), file);
        const bool last = read < chunk.size();
        going = XML_Parse(scan.parser, chunk.data(), static_cast<int>(read), last) == XML_STATUS_OK && !last;
    }
    XML_ParserFree(scan.parser);
    std::fclose(file);
    if (!scan.found) return false;
    result.line = scan.line;
    result.column = scan.column;
    result.objects = scan.objects;
    result.last_type = scan.lastType;
    result.last_id = scan.lastID;
    return true;
}
