using System.Numerics;
using System.Text;
using Gort.Maps;
using Gort.Slices;
using Gort.Types;
using Gort.Types.Formatting;
using Gort.Versions;

namespace Gort.Tests.Types.Formatting;

/// <summary>
/// Gort's formatter against real Go's fmt on the committed corpus (<c>TestData/measured/fmt</c>, PROVENANCE.md there):
/// every case through the value interface with the recorded methods, and again through the library's CLR values
/// wherever CLR types can express the arguments.
/// </summary>
public class FmtCorpusTests
{
    public static TheoryData<int> Minors() => new(FmtCorpus.Minors);

    [Fact]
    public void Corpus_CoversEveryMeasuredVersion_WithThousandsOfCases()
    {
        Assert.Equal([19, 21, 22, 23, 24, 25, 26, 27], FmtCorpus.Minors);
        Assert.All(FmtCorpus.Minors, m => Assert.True(FmtCorpus.Load(m).Cases.Count > 10_000));
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void ValueInterface_PrintsWhatRealGoPrinted(int minor)
    {
        // Arrange
        var corpus = FmtCorpus.Load(minor);
        var formatter = new GoFormatter(GoVersion.Get(minor), corpus.Host);
        var failures = new List<string>();

        // Act
        foreach (var c in corpus.Cases)
        {
            var args = c.Args.Select(corpus.Value).ToArray();
            Check(c, formatter, args, failures);
        }

        // Assert
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Cases.Count} cases differ from {corpus.GoVersionText}:\n" + string.Join("\n", failures.Take(60)));
    }

    [Theory]
    [InlineData(19)]
    [InlineData(27)]
    public void ValueInterface_WithLatin1Strings_PrintsWhatRealGoPrinted(int minor)
    {
        // The interpreter may hold Go strings as .NET strings of one char per byte: same output, invalid UTF-8 included.
        var corpus = FmtCorpus.LoadLatin1(minor);
        var formatter = new GoFormatter(GoVersion.Get(minor), corpus.Host);
        var failures = new List<string>();
        foreach (var c in corpus.Cases)
        {
            Check(c, formatter, [.. c.Args.Select(corpus.Value)], failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} cases differ:\n" + string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void ClrValues_PrintWhatRealGoPrinted(int minor)
    {
        // Arrange
        var corpus = FmtCorpus.Load(minor);
        var formatter = GoFormatter.ForVersion(GoVersion.Get(minor));
        var failures = new List<string>();
        var checkedCases = 0;

        // Act
        foreach (var c in corpus.Cases)
        {
            // Addresses (%p) are Go's own; CLR objects get made-up ones.
            if (c.Format.Contains((byte)'p'))
            {
                continue;
            }

            var clr = new object?[c.Args.Length];
            var ok = true;
            for (var i = 0; i < c.Args.Length && ok; i++)
            {
                ok = ClrArgs.TryBuild(corpus, corpus.Node(c.Args[i]), out clr[i]);
            }

            if (!ok)
            {
                continue;
            }

            checkedCases++;
            Check(c, formatter, [.. clr.Select(ClrGoValues.FromObject)], failures);
        }

        // Assert
        Assert.True(checkedCases > 10_000, $"only {checkedCases} cases expressible as CLR values");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCases} CLR cases differ from {corpus.GoVersionText}:\n" + string.Join("\n", failures.Take(60)));
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void TypeStrings_AreReflectStrings(int minor)
    {
        var corpus = FmtCorpus.Load(minor);
        var formatter = new GoFormatter(GoVersion.Get(minor), corpus.Host);
        foreach (var type in corpus.AllTypes)
        {
            // %T of a value is its type's reflect string; check it for every type of the table, not only the operands.
            var expected = corpus.LineOf(type).GetProperty("str").GetString();
            if (type is GoInterfaceType)
            {
                continue; // interfaces are never dynamic types
            }

            var text = Encoding.UTF8.GetString(formatter.Sprintf("%T"u8, GoValue.Composite(new GoPointerType(type), null)));
            Assert.Equal("*" + expected, text);
            Assert.Equal(corpus.LineOf(type).GetProperty("size").GetInt64(), type.Size);
        }
    }

    private static void Check(FmtCase c, GoFormatter formatter, GoValue[] args, List<string> failures)
    {
        byte[] actual;
        try
        {
            switch (c.Function)
            {
                case "Sprintf":
                    actual = formatter.Sprintf(c.Format, args);
                    break;
                case "Sprint":
                    actual = formatter.Sprint(args);
                    break;
                case "Sprintln":
                    actual = formatter.Sprintln(args);
                    break;
                case "Errorf":
                    var result = formatter.Errorf(c.Format, args);
                    actual = result.Message;
                    var type = result.Kind switch
                    {
                        GoErrorfKind.ErrorString => "*errors.errorString",
                        GoErrorfKind.WrapError => "*fmt.wrapError",
                        _ => "*fmt.wrapErrors",
                    };
                    if (type != c.ErrorType || !result.Wrapped.SequenceEqual(c.Wrapped))
                    {
                        failures.Add($"{c.Id}: Errorf gave {type} wrapping [{string.Join(",", result.Wrapped)}], Go {c.ErrorType} wrapping [{string.Join(",", c.Wrapped)}]");
                    }

                    break;
                default:
                    throw new InvalidDataException(c.Function);
            }
        }
        catch (Exception e)
        {
            failures.Add($"{c.Id}: threw {e.GetType().Name}: {e.Message}");
            return;
        }

        if (!c.Accepts(actual))
        {
            failures.Add($"{c.Id}: got {Show(actual)} want {Show(c.Expected)}");
        }
    }

    private static string Show(byte[] b) => Encoding.UTF8.GetString(b).Replace("\n", "\\n", StringComparison.Ordinal);
}
