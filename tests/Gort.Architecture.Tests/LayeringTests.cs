using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Gort.Tests.Architecture;

/// <summary>
/// The layers run one way: an assembly may use only the assemblies to its left in <see cref="Layers"/>. Checked four
/// ways, so an upward arrow cannot slip in: the compiled assemblies' references (reflection), the projects'
/// <c>ProjectReference</c>s, the <c>using</c> directives of every <c>src/**.cs</c>, and the namespace every file
/// declares (lab code creeping back into the core would declare <c>Gort.Lab…</c> there). No assembly opens its
/// internals to another one: <c>InternalsVisibleTo</c> names only the assembly's own test project.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>The layer order, bottom first: each may reference only those before it.</summary>
    public static readonly string[] Layers = ["Gort", "Gort.Observability", "Gort.Go", "Gort.Lab", "Gort.Cli"];

    private static readonly Assembly[] s_assemblies =
    [
        typeof(Gort.Memory.GoHeap).Assembly,
        typeof(Gort.Observability.AllocationProfile).Assembly,
        Assembly.Load("Gort.Go"),
        typeof(Gort.Lab.AppendScenario).Assembly,
        Assembly.Load("Gort.Cli"),
    ];

    public static TheoryData<string> LayerNames() => new(Layers);

    [Fact]
    public void The_layer_list_names_every_assembly_under_src()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepoRoot, "src")).Where(d => Directory.GetFiles(d, "*.csproj").Length > 0).Select(Path.GetFileName).Order();
        Assert.Equal(Layers.Order(), projects);
        Assert.Equal(Layers, s_assemblies.Select(a => a.GetName().Name));
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Compiled_references_point_only_down(string layer)
    {
        var assembly = s_assemblies[Array.IndexOf(Layers, layer)];
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(IsLayer);
        Assert.All(referenced, name => Assert.True(Below(name, layer), $"{layer} references {name}, which is not below it"));
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Project_references_point_only_down(string layer)
    {
        var project = XDocument.Load(Path.Combine(RepoRoot, "src", layer, layer + ".csproj"));
        var referenced = project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        Assert.All(referenced, name => Assert.True(IsLayer(name) && Below(name, layer), $"src/{layer} has a ProjectReference to {name}, which is not a layer below it"));
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Internals_are_visible_only_to_the_layer_s_own_tests(string layer)
    {
        var assembly = s_assemblies[Array.IndexOf(Layers, layer)];
        var friends = assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim());
        Assert.All(friends, friend => Assert.True(friend == layer + ".Tests", $"{layer} has InternalsVisibleTo(\"{friend}\"): only {layer}.Tests may see its internals"));
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Sources_use_and_declare_only_their_layer_and_those_below(string layer)
    {
        var violations = new List<string>();
        var files = Directory.EnumerateFiles(Path.Combine(RepoRoot, "src", layer), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f));
        foreach (var file in files)
        {
            violations.AddRange(Violations(layer, File.ReadAllText(file)).Select(v => $"{Path.GetRelativePath(RepoRoot, file)}: {v}"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void The_scan_finds_an_upward_using_and_a_foreign_namespace()
    {
        // The check itself must be able to fail: a core file that uses the lab, and one that declares a lab namespace.
        Assert.Single(Violations("Gort", "using Gort.Lab.Rendering;\nnamespace Gort.Maps;\n"));
        Assert.Single(Violations("Gort", "global using static Gort.Observability.GoTesting;\nnamespace Gort.Maps;\n"));
        Assert.Single(Violations("Gort", "using L = Gort.Lab.AppendScenario;\nnamespace Gort.Maps;\n"));
        Assert.Single(Violations("Gort.Lab", "namespace Gort.Cli.Commands;\n"));
        Assert.Single(Violations("Gort", "namespace Gort.Go.Syntax { }\n"));
        Assert.Empty(Violations("Gort.Cli", "using Gort.Lab;\nusing Gort.Observability;\nusing Gort.Maps;\nnamespace Gort.Cli.Commands;\n"));
        Assert.Empty(Violations("Gort", "using Gort.Maps.Internal;\nusing System.Text;\n// using Gort.Lab;\nnamespace Gort.Memory;\n"));
        Assert.Equal("Gort.Go", LayerOf("Gort.Go.Syntax"));
        Assert.Equal("Gort", LayerOf("Gort.GoTypes"));
    }

    /// <summary>The upward <c>using</c> directives and foreign namespace declarations in one source file of <paramref name="layer"/>.</summary>
    private static IEnumerable<string> Violations(string layer, string source)
    {
        foreach (Match m in UsingDirective().Matches(source))
        {
            var target = LayerOf(m.Groups["ns"].Value);
            if (target is not null && !Below(target, layer) && target != layer)
            {
                yield return $"'{m.Value.Trim()}' uses {target}, which is above {layer}";
            }
        }

        foreach (Match m in NamespaceDeclaration().Matches(source))
        {
            var owner = LayerOf(m.Groups["ns"].Value);
            if (owner != layer)
            {
                yield return $"declares namespace {m.Groups["ns"].Value}, which belongs to {owner ?? "no layer"}, not {layer}";
            }
        }
    }

    /// <summary>The layer that owns namespace <paramref name="ns"/> (the longest matching layer name), or null outside Gort.</summary>
    private static string? LayerOf(string ns) =>
        Layers.Where(l => ns == l || ns.StartsWith(l + ".", StringComparison.Ordinal)).MaxBy(l => l.Length);

    private static bool IsLayer(string name) => Array.IndexOf(Layers, name) >= 0;

    private static bool Below(string name, string layer) => Array.IndexOf(Layers, name) < Array.IndexOf(Layers, layer);

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gort.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Gort.slnx above {AppContext.BaseDirectory}: the layering test reads the sources of the repository it was built from");
    }

    // using X; global using X; using static X.Y; using A = X.Y; (at the start of a line, so comments do not count).
    [GeneratedRegex(@"^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?(?<ns>[\w.]+)[ \t]*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^[ \t]*namespace[ \t]+(?<ns>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
