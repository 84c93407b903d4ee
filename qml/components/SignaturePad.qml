// Signature pad: collects the strokes as vectors (lists of points) and gives them as SVG path
// data ("M x y L x y …", integer pixels), the format protocol.md calls "svg-path".
import QtQuick
import Cardex.Kiosk

Rectangle {
    id: pad
    property var strokes: []          // [[{x, y}, …], …]
    readonly property bool empty: strokes.length === 0
    readonly property string svgPath: toSvgPath(strokes)
    signal signatureChanged(string svgPath)

    color: Theme.surface
    radius: Theme.radius
    border.width: 2
    border.color: Theme.border
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTr("Signature area")

    function clear() { strokes = []; canvas.requestPaint(); signatureChanged("") }
    function toSvgPath(list) {
        let parts = []
        for (const stroke of list) {
            if (stroke.length === 0) continue
            parts.push("M" + Math.round(stroke[0].x) + " " + Math.round(stroke[0].y))
            for (let i = 1; i < stroke.length; ++i)
                parts.push("L" + Math.round(stroke[i].x) + " " + Math.round(stroke[i].y))
            if (stroke.length === 1) parts.push("L" + Math.round(stroke[0].x + 1) + " " + Math.round(stroke[0].y))
        }
        return parts.join(" ")
    }
    // Shows a stored path again (coming back to the screen).
    function fromSvgPath(path) {
        let list = []
        const re = /([ML])(-?\d+) (-?\d+)/g
        let m
        while ((m = re.exec(path)) !== null) {
            if (m[1] === "M") list.push([])
            if (list.length > 0) list[list.length - 1].push({ x: Number(m[2]), y: Number(m[3]) })
        }
        strokes = list
        canvas.requestPaint()
    }

    // The line to sign on.
    Rectangle {
        x: Theme.margin; width: parent.width - 2 * Theme.margin
        y: parent.height * 0.72; height: 2
        color: "#b7bfc4"
    }
    Text {
        x: Theme.margin; y: parent.height * 0.72 - height - 4
        text: "✕"
        font.pixelSize: Theme.headingSize
        color: "#b7bfc4"
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.clearRect(0, 0, width, height)
            ctx.lineWidth = Math.max(3, 3 * Theme.scale)
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            ctx.strokeStyle = "#0a1a3a"
            for (const stroke of pad.strokes) {
                if (stroke.length === 0) continue
                ctx.beginPath()
                ctx.moveTo(stroke[0].x, stroke[0].y)
                for (let i = 1; i < stroke.length; ++i) ctx.lineTo(stroke[i].x, stroke[i].y)
                if (stroke.length === 1) ctx.lineTo(stroke[0].x + 1, stroke[0].y)
                ctx.stroke()
            }
        }
    }
    MouseArea {
        objectName: "signatureArea"
        anchors.fill: parent
        preventStealing: true
        onPressed: mouse => {
            let list = pad.strokes
            list.push([{ x: mouse.x, y: mouse.y }])
            pad.strokes = list
            canvas.requestPaint()
        }
        onPositionChanged: mouse => {
            if (pad.strokes.length === 0) return
            const last = pad.strokes[pad.strokes.length - 1]
            const p = last[last.length - 1]
            // Points closer than 2 px add size, not shape.
            if (Math.abs(p.x - mouse.x) + Math.abs(p.y - mouse.y) < 2) return
            last.push({ x: Math.max(0, Math.min(pad.width, mouse.x)), y: Math.max(0, Math.min(pad.height, mouse.y)) })
            canvas.requestPaint()
        }
        onReleased: { pad.strokes = pad.strokes.slice(); pad.signatureChanged(pad.svgPath) }
    }
}
