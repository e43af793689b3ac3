using System.Globalization;

namespace Gort.Lab.Rendering;

/// <summary>Number formats for chart tick labels.</summary>
public static class ChartFormat
{
    /// <summary>Compact decimal: 950, 1.5k, 20k, 3M, 1G.</summary>
    public static string Compact(double v)
    {
        var a = Math.Abs(v);
        return a switch
        {
            >= 1e9 => Trim(v / 1e9) + "G",
            >= 1e6 => Trim(v / 1e6) + "M",
            >= 1e3 => Trim(v / 1e3) + "k",
            _ => Trim(v),
        };
    }

    /// <summary>Byte sizes in decimal units, matching powers-of-ten ticks: 512 B, 1.5 kB, 4 MB, 2 GB.</summary>
    public static string Bytes(double v)
    {
        var a = Math.Abs(v);
        return a switch
        {
            >= 1e9 => Trim(v / 1e9) + " GB",
            >= 1e6 => Trim(v / 1e6) + " MB",
            >= 1e3 => Trim(v / 1e3) + " kB",
            _ => Trim(v) + " B",
        };
    }

    private static string Trim(double v) => v.ToString(Math.Abs(v) >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);
}
