using System.Text;

namespace Gort.Lab.Rendering;

/// <summary>
/// A line or step chart rendered as standalone SVG by our own code (no dependency): axes with units, optional
/// logarithmic scales, a legend, and a tooltip (<c>&lt;title&gt;</c>) on every drawn point and marker.
/// </summary>
/// <remarks>
/// The output has stable hooks for tests: the root carries <c>class="gort-chart"</c> and <c>data-chart</c>; each series
/// is a <c>&lt;g class="series" data-series="name"&gt;</c> with one <c>&lt;path&gt;</c>; markers are
/// <c>&lt;circle class="marker"&gt;</c>.
/// </remarks>
public sealed class LineChart
{
    private const double Left = 78, Right = 20, Top = 36, Bottom = 52, LegendRow = 18;
    private const int MaxTooltipPoints = 300;

    /// <summary>The chart title (also the SVG's accessible name).</summary>
    public required string Title { get; init; }

    /// <summary>The x axis label, with its unit.</summary>
    public required string XLabel { get; init; }

    /// <summary>The y axis label, with its unit.</summary>
    public required string YLabel { get; init; }

    /// <summary>A short identifier for tests and CSS (<c>data-chart</c>).</summary>
    public string Id { get; init; } = "chart";

    /// <summary>Logarithmic x axis (all x must be positive).</summary>
    public bool LogX { get; init; }

    /// <summary>Logarithmic y axis (all y must be positive).</summary>
    public bool LogY { get; init; }

    /// <summary>Total width in pixels.</summary>
    public int Width { get; init; } = 760;

    /// <summary>Plot height in pixels (the legend adds rows below).</summary>
    public int Height { get; init; } = 340;

    /// <summary>Formats x tick labels.</summary>
    public Func<double, string> XFormat { get; init; } = ChartFormat.Compact;

    /// <summary>Formats y tick labels.</summary>
    public Func<double, string> YFormat { get; init; } = ChartFormat.Compact;

    /// <summary>The lines.</summary>
    public List<ChartSeries> Series { get; } = [];

    /// <summary>Highlighted points.</summary>
    public List<ChartMarker> Markers { get; } = [];

    /// <summary>Renders the chart.</summary>
    /// <exception cref="InvalidOperationException">No series has a point, or a log axis gets a non-positive value.</exception>
    public string ToSvg()
    {
        var points = Series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            throw new InvalidOperationException($"chart '{Title}' has no data");
        }

        if ((LogX && points.Any(p => p.X <= 0)) || (LogY && points.Any(p => p.Y <= 0)))
        {
            throw new InvalidOperationException($"chart '{Title}': a logarithmic axis needs positive values");
        }

        var legendRows = (Series.Count + 3) / 4;
        var totalHeight = Height + (legendRows * LegendRow) + 8;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        var x = new Axis(points.Min(p => p.X), points.Max(p => p.X), LogX, Left, Left + plotW, includeZero: false);
        var y = new Axis(points.Min(p => p.Y), points.Max(p => p.Y), LogY, Top + plotH, Top, includeZero: !LogY);

        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gort-chart\" data-chart=\"{Svg.Escape(Id)}\" width=\"{Width}\" height=\"{Svg.N(totalHeight)}\" viewBox=\"0 0 {Width} {Svg.N(totalHeight)}\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        sb.Append($"<title>{Svg.Escape(Title)}</title>");
        sb.Append($"<rect width=\"{Width}\" height=\"{Svg.N(totalHeight)}\" fill=\"#fff\"/>");
        sb.Append($"<text x=\"{Svg.N(Width / 2.0)}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\">{Svg.Escape(Title)}</text>");

        // Grid and ticks.
        sb.Append("<g class=\"axes\" stroke=\"#ccc\">");
        foreach (var t in x.Ticks())
        {
            var px = x.Map(t);
            sb.Append($"<line x1=\"{Svg.N(px)}\" y1=\"{Svg.N(Top)}\" x2=\"{Svg.N(px)}\" y2=\"{Svg.N(Top + plotH)}\"/>");
            sb.Append($"<text x=\"{Svg.N(px)}\" y=\"{Svg.N(Top + plotH + 16)}\" text-anchor=\"middle\" stroke=\"none\" fill=\"#333\">{Svg.Escape(XFormat(t))}</text>");
        }

        foreach (var t in y.Ticks())
        {
            var py = y.Map(t);
            sb.Append($"<line x1=\"{Svg.N(Left)}\" y1=\"{Svg.N(py)}\" x2=\"{Svg.N(Left + plotW)}\" y2=\"{Svg.N(py)}\"/>");
            sb.Append($"<text x=\"{Svg.N(Left - 6)}\" y=\"{Svg.N(py + 4)}\" text-anchor=\"end\" stroke=\"none\" fill=\"#333\">{Svg.Escape(YFormat(t))}</text>");
        }

        sb.Append($"<rect x=\"{Svg.N(Left)}\" y=\"{Svg.N(Top)}\" width=\"{Svg.N(plotW)}\" height=\"{Svg.N(plotH)}\" fill=\"none\" stroke=\"#888\"/>");
        sb.Append("</g>");
        sb.Append($"<text class=\"x-label\" x=\"{Svg.N(Left + (plotW / 2))}\" y=\"{Svg.N(Top + plotH + 36)}\" text-anchor=\"middle\">{Svg.Escape(XLabel + (LogX ? " (log scale)" : ""))}</text>");
        sb.Append($"<text class=\"y-label\" transform=\"translate(16 {Svg.N(Top + (plotH / 2))}) rotate(-90)\" text-anchor=\"middle\">{Svg.Escape(YLabel + (LogY ? " (log scale)" : ""))}</text>");

        // Series.
        for (var i = 0; i < Series.Count; i++)
        {
            var s = Series[i];
            if (s.Points.Count == 0)
            {
                continue;
            }

            var color = Svg.Color(i);
            sb.Append($"<g class=\"series\" data-series=\"{Svg.Escape(s.Name)}\">");
            var d = new StringBuilder();
            for (var j = 0; j < s.Points.Count; j++)
            {
                var p = s.Points[j];
                var px = x.Map(p.X);
                var py = y.Map(p.Y);
                if (j == 0)
                {
                    d.Append($"M{Svg.N(px)} {Svg.N(py)}");
                }
                else if (s.Step)
                {
                    d.Append($"H{Svg.N(px)}V{Svg.N(py)}");
                }
                else
                {
                    d.Append($"L{Svg.N(px)} {Svg.N(py)}");
                }
            }

            sb.Append($"<path d=\"{d}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{(s.Dashed ? " stroke-dasharray=\"6 4\"" : "")}><title>{Svg.Escape(s.Name)}</title></path>");
            var every = Math.Max(1, s.Points.Count / MaxTooltipPoints);
            for (var j = 0; j < s.Points.Count; j += every)
            {
                var p = s.Points[j];
                var tip = p.Tooltip ?? $"{s.Name}: {XFormat(p.X)}, {YFormat(p.Y)}";
                sb.Append($"<circle cx=\"{Svg.N(x.Map(p.X))}\" cy=\"{Svg.N(y.Map(p.Y))}\" r=\"2.5\" fill=\"{color}\" fill-opacity=\"0.6\"><title>{Svg.Escape(tip)}</title></circle>");
            }

            sb.Append("</g>");
        }

        foreach (var m in Markers)
        {
            sb.Append($"<circle class=\"marker\" cx=\"{Svg.N(x.Map(m.X))}\" cy=\"{Svg.N(y.Map(m.Y))}\" r=\"5\" fill=\"#fff\" fill-opacity=\"0.4\" stroke=\"{Svg.Color(m.SeriesIndex)}\" stroke-width=\"2\"><title>{Svg.Escape(m.Label)}</title></circle>");
        }

        // Legend.
        sb.Append("<g class=\"legend\">");
        for (var i = 0; i < Series.Count; i++)
        {
            var lx = Left + (i % 4 * (plotW / 4));
            var ly = Height + (i / 4 * LegendRow);
            sb.Append($"<line x1=\"{Svg.N(lx)}\" y1=\"{Svg.N(ly)}\" x2=\"{Svg.N(lx + 22)}\" y2=\"{Svg.N(ly)}\" stroke=\"{Svg.Color(i)}\" stroke-width=\"3\"{(Series[i].Dashed ? " stroke-dasharray=\"6 4\"" : "")}/>");
            sb.Append($"<text x=\"{Svg.N(lx + 28)}\" y=\"{Svg.N(ly + 4)}\">{Svg.Escape(Series[i].Name)}</text>");
        }

        sb.Append("</g></svg>");
        return sb.ToString();
    }

    /// <summary>One axis: data range to pixels, with "nice" ticks.</summary>
    private sealed class Axis
    {
        private readonly double _min;
        private readonly double _max;
        private readonly bool _log;
        private readonly double _p0;
        private readonly double _p1;

        public Axis(double min, double max, bool log, double p0, double p1, bool includeZero)
        {
            _log = log;
            _p0 = p0;
            _p1 = p1;
            if (log)
            {
                _min = Math.Pow(10, Math.Floor(Math.Log10(min)));
                _max = Math.Pow(10, Math.Ceiling(Math.Log10(max)));
                if (_max <= _min)
                {
                    _max = _min * 10;
                }
            }
            else
            {
                if (includeZero)
                {
                    min = Math.Min(0, min);
                }

                if (max <= min)
                {
                    max = min + 1;
                }

                var step = NiceStep((max - min) / 6);
                _min = Math.Floor(min / step) * step;
                _max = Math.Ceiling(max / step) * step;
            }
        }

        public double Map(double v)
        {
            var f = _log ? (Math.Log10(v) - Math.Log10(_min)) / (Math.Log10(_max) - Math.Log10(_min)) : (v - _min) / (_max - _min);
            return _p0 + (f * (_p1 - _p0));
        }

        public IEnumerable<double> Ticks()
        {
            if (_log)
            {
                var decades = Math.Log10(_max / _min);
                var stride = Math.Max(1, (int)Math.Ceiling(decades / 8));
                for (var e = 0; e <= decades + 1e-9; e += stride)
                {
                    yield return _min * Math.Pow(10, e);
                }

                yield break;
            }

            var step = NiceStep((_max - _min) / 6);
            for (var v = _min; v <= _max + (step / 2); v += step)
            {
                yield return Math.Round(v, 10);
            }
        }

        private static double NiceStep(double raw)
        {
            var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            var f = raw / mag;
            return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
        }
    }
}
