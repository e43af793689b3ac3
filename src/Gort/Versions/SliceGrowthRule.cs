namespace Gort.Versions;

/// <summary>Which formula <c>growslice</c> uses to pick the next capacity.</summary>
public enum SliceGrowthRule
{
    /// <summary>Go 1.17 and earlier: double while the old capacity is below 1024, then <c>newcap += newcap / 4</c> (1.17.13 <c>runtime/slice.go</c> tests <c>old.cap</c>).</summary>
    Go117,

    /// <summary>Go 1.18 and later: double below a capacity of 256, then <c>newcap += (newcap + 3*256) / 4</c>.</summary>
    Go118,
}
