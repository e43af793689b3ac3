namespace Gort.Observability;

/// <summary>One frame of a profiled allocation's C# call stack.</summary>
/// <param name="Function">Declaring type and method, such as <c>MyApp.Program.Main</c>.</param>
/// <param name="File">The source file, when the PDB has it; empty otherwise.</param>
/// <param name="Line">The source line, 0 when unknown.</param>
public readonly record struct ProfileFrame(string Function, string File, int Line);
