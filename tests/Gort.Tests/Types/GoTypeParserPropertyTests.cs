using System.Text;
using Gort.Types;

namespace Gort.Tests.Types;

/// <summary>Random type expressions from a small grammar: round trips through ToString, and mutations never crash.</summary>
public class GoTypeParserPropertyTests
{
    private const int Seed = 7321;

    private static readonly string[] s_leaves =
        ["bool", "int", "int8", "int16", "int32", "int64", "uint8", "uint16", "uintptr", "float32", "float64", "complex64",
         "complex128", "string", "any", "error", "unsafe.Pointer", "byte", "rune", "struct{}"];

    private static string Gen(Random r, int depth)
    {
        if (depth == 0 || r.Next(4) == 0)
        {
            return s_leaves[r.Next(s_leaves.Length)];
        }

        return r.Next(10) switch
        {
            0 => "*" + Gen(r, depth - 1),
            1 => "[]" + Gen(r, depth - 1),
            2 => $"[{r.Next(0, 5)}]" + Gen(r, depth - 1),
            3 => $"map[{Comparable(r, depth - 1)}]{Gen(r, depth - 1)}",
            4 => (r.Next(3) switch { 0 => "chan ", 1 => "chan<- ", _ => "<-chan " }) + "(" + Gen(r, depth - 1) + ")",
            5 => $"func({Gen(r, depth - 1)}, ...{Gen(r, depth - 1)}) ({Gen(r, depth - 1)}, error)",
            6 => $"interface{{ M({Gen(r, depth - 1)}) {Gen(r, depth - 1)}; error }}",
            _ => Struct(r, depth),
        };
    }

    private static string Comparable(Random r, int depth)
    {
        var text = Gen(r, depth);
        return GoTypeParser.Parse(text).IsComparable ? text : "int";
    }

    private static string Struct(Random r, int depth)
    {
        var sb = new StringBuilder("struct{");
        var n = r.Next(1, 6);
        for (var i = 0; i < n; i++)
        {
            sb.Append(r.Next(5) == 0 ? "_" : "f" + i).Append(' ').Append(Gen(r, depth - 1)).Append("; ");
        }

        return sb.Append('}').ToString();
    }

    [Fact]
    public void RandomTypes_RoundTripThroughToString()
    {
        var r = new Random(Seed);
        for (var i = 0; i < 3000; i++)
        {
            var text = Gen(r, 4);
            var t = GoTypeParser.Parse(text);
            var again = GoTypeParser.Parse(t.ToString());
            Assert.True(
                t.Size == again.Size && t.Align == again.Align && t.HasPointers == again.HasPointers && t.PointerBytes == again.PointerBytes
                && t.IsComparable == again.IsComparable && t.ToString() == again.ToString(),
                $"seed {Seed} step {i}: {text} -> {t} -> {again}");
        }
    }

    [Fact]
    public void MutatedTypes_ParseOrThrowParseExceptionOnly()
    {
        var r = new Random(Seed);
        for (var i = 0; i < 5000; i++)
        {
            var text = Gen(r, 3);
            var pos = r.Next(text.Length + 1);
            var mutated = r.Next(3) switch
            {
                0 => text.Remove(Math.Min(pos, text.Length - 1), 1),
                1 => text.Insert(pos, "[](){};,*<-.~|`\"0x_9e"[r.Next(21)].ToString()),
                _ => text[..pos],
            };
            try
            {
                GoTypeParser.Parse(mutated);
            }
            catch (GoTypeParseException e)
            {
                Assert.True(e.Column >= 1 && e.Column <= mutated.Length + 1, $"seed {Seed} step {i}: column {e.Column} for \"{mutated}\"");
                Assert.DoesNotContain('\n', e.Message);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {Seed} step {i}: \"{mutated}\" threw {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
