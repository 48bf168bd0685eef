// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// svgtopng SVG SIZE OUT.png: renders the application icon at one size while building.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool ok = false;
    const int size = arguments.size() == 4 ? arguments.at(2).toInt(&ok) : 0;
    if (!ok || size <= 0) {
        err << "usage: svgtopng SVG SIZE OUT.png\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "svgtopng: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    if (!image.save(arguments.at(3), "PNG")) {
        err << "svgtopng: cannot write " << arguments.at(3) << '\n';
        return 1;
    }
    return 0;
}
