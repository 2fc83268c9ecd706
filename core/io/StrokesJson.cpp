#include "io/StrokesJson.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace digitpad {
namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::string& name, const std::string& where, const std::string& what) {
    throw Error(name + ": " + where + ": " + what);
}

std::string drawingPlace(std::size_t index) { return "drawing " + std::to_string(index); }

StrokePoint parsePoint(const Json& value, const std::string& name, const std::string& where) {
    if (!value.is_array() || value.size() < 2 || value.size() > 3)
        fail(name, where, "a point must be [x, y] or [x, y, pressure]");
    for (const Json& number : value)
        if (!number.is_number()) fail(name, where, "point coordinates must be numbers");
    StrokePoint point{value[0].get<double>(), value[1].get<double>()};
    if (value.size() == 3) point.pressure = value[2].get<double>();
    return point;
}

Drawing parseDrawing(const Json& value, const std::string& name, std::size_t index) {
    const std::string where = drawingPlace(index);
    if (!value.is_object() || !value.contains("strokes") || !value["strokes"].is_array())
        fail(name, where, "expected an object with a \"strokes\" array");
    Drawing drawing;
    const Json& strokes = value["strokes"];
    for (std::size_t s = 0; s < strokes.size(); ++s) {
        const std::string strokePlace = where + ", stroke " + std::to_string(s);
        if (!strokes[s].is_array()) fail(name, strokePlace, "a stroke must be an array of points");
        Stroke stroke;
        const Json& points = strokes[s];
        for (std::size_t p = 0; p < points.size(); ++p)
            stroke.push_back(parsePoint(points[p], name, strokePlace + ", point " + std::to_string(p)));
        drawing.strokes.push_back(std::move(stroke));
    }
    return drawing;
}

// The drawing objects of a file: one object, or an array of them.
Json drawingObjects(const std::string& json, const std::string& name) {
    // A drawing file nests five deep (file, drawing, strokes, stroke, point). Refusing more as
    // it is read keeps a hostile file from building a value whose destruction overflows the stack.
    constexpr int kDeepest = 16;
    const auto shallow = [&](int depth, Json::parse_event_t, Json&) {
        if (depth > kDeepest) throw Error(name + ": not a drawing file (nested deeper than any drawing)");
        return true;
    };
    Json document;
    try {
        document = Json::parse(json, shallow);
    } catch (const Json::exception& e) {
        // A syntax error, or a number too large for a double ("2e+308"). Their messages read
        // "[json.exception.parse_error.101] parse error at line 1, column 24: ..."; the tag goes.
        const std::string what = e.what();
        const std::size_t tag = what.find("] ");
        throw Error(name + ": not valid JSON (" + (tag == std::string::npos ? what : what.substr(tag + 2)) + ")");
    }
    if (document.is_object()) return Json::array({document});
    if (!document.is_array()) throw Error(name + ": expected a drawing object or an array of them");
    return document;
}

std::string parseLabel(const Json& object, const std::string& name, std::size_t index) {
    const Json* value = object.contains("label") ? &object["label"] : nullptr;
    if (value && value->is_number()) {
        const double digit = value->get<double>();
        if (digit == std::floor(digit) && digit >= 0 && digit <= 9) return std::to_string(static_cast<int>(digit));
    }
    if (value && value->is_string()) {
        const std::string text = value->get<std::string>();
        if (!text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }))
            return text;
    }
    fail(name, drawingPlace(index), "\"label\" must be a digit 0-9 or a string of digits");
}

// "writer": a number or a name, optional.
std::string parseWriter(const Json& object, const std::string& name, std::size_t index) {
    if (!object.contains("writer")) return {};
    const Json& value = object["writer"];
    if (value.is_number_integer()) return std::to_string(value.get<long long>());
    if (value.is_string() && !value.get<std::string>().empty()) return value.get<std::string>();
    fail(name, drawingPlace(index), "\"writer\" must be a whole number or a name");
}

} // namespace

std::vector<Drawing> parseStrokesJson(const std::string& json, const std::string& name) {
    const Json objects = drawingObjects(json, name);
    std::vector<Drawing> drawings;
    for (std::size_t i = 0; i < objects.size(); ++i) drawings.push_back(parseDrawing(objects[i], name, i));
    return drawings;
}

std::vector<LabelledDrawing> parseLabelledStrokesJson(const std::string& json, const std::string& name) {
    const Json objects = drawingObjects(json, name);
    std::vector<LabelledDrawing> drawings;
    for (std::size_t i = 0; i < objects.size(); ++i)
        drawings.push_back({parseDrawing(objects[i], name, i), parseLabel(objects[i], name, i), parseWriter(objects[i], name, i)});
    return drawings;
}

std::string drawingToJson(const Drawing& drawing) {
    Json strokes = Json::array();
    for (const Stroke& stroke : drawing.strokes) {
        Json points = Json::array();
        for (const StrokePoint& p : stroke) {
            Json point = Json::array({p.x, p.y});
            if (p.pressure >= 0) point.push_back(p.pressure);
            points.push_back(std::move(point));
        }
        strokes.push_back(std::move(points));
    }
    return Json{{"strokes", std::move(strokes)}}.dump();
}

} // namespace digitpad
