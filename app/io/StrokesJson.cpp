#include "io/StrokesJson.h"

#include "util/Error.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <QJsonDocument>
#include <QJsonObject>

namespace digitpad {
namespace {

[[noreturn]] void fail(const QString& name, const QString& where, const QString& what) {
    throw Error((name + ": " + where + ": " + what).toStdString());
}

StrokePoint parsePoint(const QJsonValue& value, const QString& name, const QString& where) {
    const QJsonArray xy = value.toArray();
    if (!value.isArray() || xy.size() < 2 || xy.size() > 3)
        fail(name, where, "a point must be [x, y] or [x, y, pressure]");
    for (const QJsonValue& number : xy)
        if (!number.isDouble()) fail(name, where, "point coordinates must be numbers");
    StrokePoint point{xy[0].toDouble(), xy[1].toDouble()};
    if (xy.size() == 3) point.pressure = xy[2].toDouble();
    return point;
}

Drawing parseDrawing(const QJsonValue& value, const QString& name, int index) {
    const QString where = QStringLiteral("drawing %1").arg(index);
    if (!value.isObject() || !value.toObject().value("strokes").isArray())
        fail(name, where, "expected an object with a \"strokes\" array");
    Drawing drawing;
    const QJsonArray strokes = value.toObject().value("strokes").toArray();
    for (int s = 0; s < strokes.size(); ++s) {
        if (!strokes[s].isArray()) fail(name, where + QStringLiteral(", stroke %1").arg(s), "a stroke must be an array of points");
        Stroke stroke;
        const QJsonArray points = strokes[s].toArray();
        for (int p = 0; p < points.size(); ++p)
            stroke.push_back(parsePoint(points[p], name, where + QStringLiteral(", stroke %1, point %2").arg(s).arg(p)));
        drawing.strokes.push_back(std::move(stroke));
    }
    return drawing;
}

// The drawing objects of a file: one object, or an array of them.
QJsonArray drawingObjects(const QByteArray& json, const QString& name) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error((name + QStringLiteral(": not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset)).toStdString());
    return document.isObject() ? QJsonArray{document.object()} : document.array();
}

std::string parseLabel(const QJsonValue& value, const QString& name, int index) {
    const QString where = QStringLiteral("drawing %1").arg(index);
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()) && value.toDouble() >= 0 &&
        value.toDouble() <= 9)
        return std::to_string(value.toInt());
    const QString text = value.toString();
    const bool digits = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (!value.isString() || !digits) fail(name, where, "\"label\" must be a digit 0-9 or a string of digits");
    return text.toStdString();
}

} // namespace

std::vector<Drawing> parseStrokesJson(const QByteArray& json, const QString& name) {
    const QJsonArray objects = drawingObjects(json, name);
    std::vector<Drawing> drawings;
    for (int i = 0; i < objects.size(); ++i) drawings.push_back(parseDrawing(objects[i], name, i));
    return drawings;
}

std::vector<LabelledDrawing> parseLabelledStrokesJson(const QByteArray& json, const QString& name) {
    const QJsonArray objects = drawingObjects(json, name);
    std::vector<LabelledDrawing> drawings;
    for (int i = 0; i < objects.size(); ++i)
        drawings.push_back({parseDrawing(objects[i], name, i), parseLabel(objects[i].toObject().value("label"), name, i)});
    return drawings;
}

QByteArray drawingToJson(const Drawing& drawing) {
    QJsonArray strokes;
    for (const Stroke& stroke : drawing.strokes) {
        QJsonArray points;
        for (const StrokePoint& p : stroke) {
            QJsonArray point{p.x, p.y};
            if (p.pressure >= 0) point.append(p.pressure);
            points.append(point);
        }
        strokes.append(points);
    }
    return QJsonDocument(QJsonObject{{"strokes", strokes}}).toJson(QJsonDocument::Compact);
}

} // namespace digitpad
