using Gort.Memory;

namespace Gort.Tests.Memory;

public class SizeClassesTests
{
    [Fact]
    public void SizeToClass_IsTheSmallestClassThatFits_ForEverySmallSize()
    {
        var sizes = SizeClasses.ClassToSize;
        for (var n = 1; n <= SizeClasses.MaxSmallSize; n++)
        {
            var expected = 1;
            while (sizes[expected] < n)
            {
                expected++;
            }

            Assert.Equal(expected, SizeClasses.SizeToClass(n));
        }
    }

    [Fact]
    public void ObjectsPerSpan_MatchesGoTable()
    {
        Assert.Equal(1024, SizeClasses.ObjectsPerSpan(1));
        Assert.Equal(341, SizeClasses.ObjectsPerSpan(3));
        Assert.Equal(11, SizeClasses.ObjectsPerSpan(35));
        Assert.Equal(1, SizeClasses.ObjectsPerSpan(67));
        Assert.Equal(896, SizeClasses.TailWaste(35));
    }
}
