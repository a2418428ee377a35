using System.Globalization;
using System.Net;
using System.Text;

namespace Her2Graph.Bench.Http.Reporting;

/// <summary>A hand-written SVG of lines on log–log axes: how a time grows with the graph's size (a flat line does not grow).</summary>
internal static class LineChartSvg
{
    private static readonly string[] Colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];

    public static string Render(string title, string xUnit, string yUnit, IReadOnlyList<(string Name, IReadOnlyList<(double X, double Y)> Points)> lines)
    {
        const int width = 920, height = 480, left = 70, right = 320, top = 40, bottom = 50;
        var xs = lines.SelectMany(l => l.Points).Select(p => p.X).ToList();
        var ys = lines.SelectMany(l => l.Points).Select(p => p.Y).Where(v => v > 0).ToList();
        double xMin = Math.Pow(10, Math.Floor(Math.Log10(xs.Min()))), xMax = Math.Pow(10, Math.Ceiling(Math.Log10(Math.Max(xs.Max(), xMin * 10))));
        double yMin = Math.Pow(10, Math.Floor(Math.Log10(ys.Min()))), yMax = Math.Pow(10, Math.Ceiling(Math.Log10(Math.Max(ys.Max(), yMin * 10))));
        double X(double v) => left + (Math.Log10(v) - Math.Log10(xMin)) / (Math.Log10(xMax) - Math.Log10(xMin)) * (width - left - right);
        double Y(double v) => height - bottom - (Math.Log10(v) - Math.Log10(yMin)) / (Math.Log10(yMax) - Math.Log10(yMin)) * (height - top - bottom);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/><text x=\"10\" y=\"20\" font-size=\"14\">{E(title)}</text>");
        for (var t = xMin; t <= xMax * 1.0001; t *= 10)
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(t):F1}\" y1=\"{top}\" x2=\"{X(t):F1}\" y2=\"{height - bottom}\" stroke=\"#ddd\"/><text x=\"{X(t):F1}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{t.ToString("G", CultureInfo.InvariantCulture)}×</text>");
        for (var t = yMin; t <= yMax * 1.0001; t *= 10)
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{Y(t):F1}\" x2=\"{width - right}\" y2=\"{Y(t):F1}\" stroke=\"#ddd\"/><text x=\"{left - 6}\" y=\"{Y(t) + 4:F1}\" text-anchor=\"end\">{t.ToString("G", CultureInfo.InvariantCulture)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(width - right) / 2}\" y=\"{height - 12}\">{E(xUnit)}</text><text x=\"12\" y=\"{top - 8}\">{E(yUnit)}</text>");

        for (var i = 0; i < lines.Count; i++)
        {
            var colour = Colours[i % Colours.Length];
            var points = string.Join(' ', lines[i].Points.Where(p => p.Y > 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X):F1},{Y(p.Y):F1}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            foreach (var p in lines[i].Points.Where(p => p.Y > 0))
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.X):F1}\" cy=\"{Y(p.Y):F1}\" r=\"3\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{width - right + 12}\" y=\"{top + i * 18}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{width - right + 26}\" y=\"{top + i * 18 + 9}\">{E(lines[i].Name)}</text>");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
