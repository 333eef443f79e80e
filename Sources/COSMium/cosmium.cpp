// libosmium behind a C interface. Everything libosmium can throw is caught here and
// becomes a status, a message and the last object read: no exception reaches Swift.

#include "cosmium.h"
#include "xml_position.hpp"

#include <osmium/io/pbf_input.hpp>
#include <osmium/io/reader.hpp>
#include <osmium/io/xml_input.hpp>
#include <osmium/osm/location.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/relation.hpp>
#include <osmium/osm/way.hpp>
#include <osmium/thread/pool.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

namespace {

// Hands libosmium's objects to the callbacks, reusing its arrays from object to object.
class Dispatcher {
public:
    Dispatcher(const cosmium_handler &handler, cosmium_result &result) : m_handler(handler), m_result(result) {}

    // Returns false when a callback asked to stop.
    bool dispatch(const osmium::memory::Buffer &buffer) {
        for (const auto &item : buffer) {
            int stop = 0;
            switch (item.type()) {
            case osmium::item_type::node:
                stop = node(static_cast<const osmium::Node &>(item));
                break;
            case osmium::item_type::way:
                stop = way(static_cast<const osmium::Way &>(item));
                break;
            case osmium::item_type::relation:
                stop = relation(static_cast<const osmium::Relation &>(item));
                break;
            default:
                continue;
            }
            if (stop != 0) return false;
            if (m_handler.progress && m_handler.progress_interval > 0 && m_result.objects % m_handler.progress_interval == 0) {
                m_handler.progress(m_handler.context, m_result.objects);
            }
        }
        return true;
    }

private:
    const cosmium_handler &m_handler;
    cosmium_result &m_result;
    std::vector<cosmium_tag> m_tags;
    std::vector<int64_t> m_nodeIDs;
    std::vector<cosmium_member> m_members;

    // A tag without a key or a value says nothing (OSM XML's <tag> without k or v reads as "").
    // The list is walked within its own bytes, not by its iterator: a PBF string holding a
    // NUL byte (the block's table gives lengths, libosmium copies the bytes whole) puts the
    // iterator's strlen steps out of step with the list's end, and it read past its buffer
    // (signal 11; fuzz.py seed 6, PBF case 1336; `osmium cat` crashes on that file too).
    void fillTags(const osmium::TagList &tags) {
        m_tags.clear();
        const char *p = reinterpret_cast<const char *>(tags.data()) + sizeof(osmium::TagList);
        const char *const end = reinterpret_cast<const char *>(tags.data()) + tags.byte_size();
        while (p < end) {
            const char *key = p;
            const auto *keyEnd = static_cast<const char *>(std::memchr(key, '\0', static_cast<size_t>(end - key)));
            const char *value = keyEnd ? keyEnd + 1 : end;
            const auto *valueEnd = static_cast<const char *>(std::memchr(value, '\0', static_cast<size_t>(end - value)));
            if (valueEnd == nullptr) throw std::runtime_error("a tag's key or value holds a NUL byte");
            if (*key != '\0' && *value != '\0') m_tags.push_back({key, value});
            p = valueEnd + 1;
        }
    }

    // Calls back (a missing callback skips the type) and counts the object as read.
    template <typename Value>
    int hand(int (*callback)(void *, const Value *), const Value &value, cosmium_type type) {
        const int stop = callback ? callback(m_handler.context, &value) : 0;
        m_result.objects += 1;
        m_result.last_type = type;
        m_result.last_id = value.id;
        return stop;
    }

    int node(const osmium::Node &node) {
        fillTags(node.tags());
        // libosmium keeps 1e-7 degree integers and divides by 1e7, as libreadosm did:
        // the same doubles, bit for bit. Range is the caller's to check.
        const osmium::Location location = node.location();
        const cosmium_node value{node.id(), location.lat_without_check(), location.lon_without_check(), m_tags.data(), m_tags.size()};
        return hand(m_handler.node, value, COSMIUM_NODE);
    }

    int way(const osmium::Way &way) {
        fillTags(way.tags());
        m_nodeIDs.clear();
        for (const auto &ref : way.nodes()) m_nodeIDs.push_back(ref.ref());
        const cosmium_way value{way.id(), m_nodeIDs.data(), m_nodeIDs.size(), m_tags.data(), m_tags.size()};
        return hand(m_handler.way, value, COSMIUM_WAY);
    }

    int relation(const osmium::Relation &relation) {
        fillTags(relation.tags());
        m_members.clear();
        for (const auto &member : relation.members()) {
            cosmium_type type;
            switch (member.type()) {
            case osmium::item_type::node: type = COSMIUM_NODE; break;
            case osmium::item_type::way: type = COSMIUM_WAY; break;
            case osmium::item_type::relation: type = COSMIUM_RELATION; break;
            default: continue;
            }
            m_members.push_back({type, member.ref(), member.role()});
        }
        const cosmium_relation value{relation.id(), m_members.data(), m_members.size(), m_tags.data(), m_tags.size()};
        return hand(m_handler.relation, value, COSMIUM_RELATION);
    }
};

void fail(cosmium_result &result, cosmium_status status, const char *message) {
    result.status = status;
    // One line: libosmium's messages have no newlines, but a file's bytes may reach them.
    std::snprintf(result.message, sizeof result.message, "%s", message);
    for (char *c = result.message; *c != '\0'; ++c) {
        if (*c == '\n' || *c == '\r') *c = ' ';
    }
}

void read(const char *path, cosmium_format format, const cosmium_handler &handler, cosmium_result &result) {
    const osmium::io::File file{path, format == COSMIUM_FORMAT_PBF ? "pbf" : "osm"};
    // libosmium's default pool leaves two cores idle and keeps at least one thread: on a
    // two-core machine, one decoder. Two or more decode here while this thread runs the
    // callbacks. The pool is declared before the reader, so it outlives it.
    const int threads = static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
    osmium::thread::Pool pool{threads};
    osmium::io::Reader reader{file, pool, osmium::osm_entity_bits::nwr, osmium::io::read_meta::no};
    Dispatcher dispatcher{handler, result};
    while (osmium::memory::Buffer buffer = reader.read()) {
        if (!dispatcher.dispatch(buffer)) {
            result.status = COSMIUM_STOPPED;
            return;
        }
    }
    reader.close();
}

// The exception being handled (called inside a catch) as a status, a message and, from Expat, a position.
void translate(cosmium_format format, cosmium_result &result) {
    try {
        throw;
    } catch (const osmium::xml_error &e) {
        fail(result, COSMIUM_MALFORMED_XML, e.error_string.empty() ? e.what() : e.error_string.c_str());
        result.line = e.line;
        // Expat counts columns from 0
        result.column = e.line > 0 ? e.column + 1 : 0;
    } catch (const osmium::invalid_location &e) {
        fail(result, COSMIUM_INVALID_LOCATION, e.what());
    } catch (const std::system_error &e) {
        // open(2) or read(2) failed
        fail(result, COSMIUM_UNREADABLE, e.what());
    } catch (const std::bad_alloc &) {
        fail(result, COSMIUM_INTERNAL, "out of memory");
    } catch (const std::exception &e) {
        // The rest says the content is bad: osmium::pbf_error, io_error from a block that
        // does not inflate, format_version_error, protozero's end_of_buffer_exception from
        // a damaged block, std::out_of_range from a string index past the block's table.
        fail(result, format == COSMIUM_FORMAT_PBF ? COSMIUM_CORRUPT_PBF : COSMIUM_MALFORMED_XML, e.what());
    } catch (...) {
        fail(result, COSMIUM_INTERNAL, "unknown exception");
    }
}

} // namespace

extern "C" void cosmium_read(const char *path, cosmium_format format, const cosmium_handler *handler, cosmium_result *result) {
    if (result == nullptr) return;
    *result = cosmium_result{};
    if (path == nullptr || handler == nullptr) {
        fail(*result, COSMIUM_INTERNAL, "no path or no handler");
        return;
    }
    try {
        try {
            read(path, format, *handler, *result);
        } catch (...) {
            translate(format, *result);
            // Bad content in XML without a position from Expat: found again by a second pass.
            const bool content = result->status == COSMIUM_MALFORMED_XML || result->status == COSMIUM_INVALID_LOCATION;
            if (format == COSMIUM_FORMAT_XML && content && result->line == 0) {
                cosmium_find_xml_error(path, *result);
            }
        }
    } catch (...) {
        fail(*result, COSMIUM_INTERNAL, "unknown exception");
    }
}
