using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TimelineApp.Core.Tests.Conventions;

/// <summary>
/// Finds regexes in C# source that run without a match timeout. .NET's default is no timeout at all, so one
/// backtracking pattern over hostile text can hold a thread for hours; every regex of ours must say its bound.
/// </summary>
/// <remarks>
/// Reads syntax, not semantics: it looks for the three ways a regex is made (a <c>[GeneratedRegex]</c> attribute,
/// <c>new Regex(...)</c>, a static <c>Regex.IsMatch(...)</c>-style call) and asks that a timeout be among the
/// arguments. Methods on a <see cref="System.Text.RegularExpressions.Regex"/> instance carry the timeout it was
/// made with and are not checked.
/// </remarks>
public static class RegexTimeoutCheck
{
    private static readonly HashSet<string> StaticRegexMethods =
        ["IsMatch", "Match", "Matches", "Replace", "Split", "Count", "EnumerateMatches", "EnumerateSplits"];

    /// <summary>One regex without a timeout: where it is and what it looks like.</summary>
    public sealed record Finding(string File, int Line, string Code)
    {
        public override string ToString() => $"{File}:{Line}: {Code}";
    }

    /// <summary>The unbounded regexes of one source text.</summary>
    public static IReadOnlyList<Finding> Check(string source, string file)
    {
        var root = CSharpSyntaxTree.ParseText(source, path: file).GetRoot();
        var findings = new List<Finding>();
        foreach (var node in root.DescendantNodes())
        {
            bool unbounded = node switch
            {
                AttributeSyntax a when IsGeneratedRegex(a) => !AttributeHasTimeout(a),
                ObjectCreationExpressionSyntax o when LastName(o.Type) == "Regex" => (o.ArgumentList?.Arguments.Count ?? 0) < 3,
                ImplicitObjectCreationExpressionSyntax i when DeclaredTypeName(i) == "Regex" => i.ArgumentList.Arguments.Count < 3,
                InvocationExpressionSyntax call when IsStaticRegexCall(call) => !call.ArgumentList.Arguments.Any(MentionsTimeout),
                _ => false,
            };
            if (unbounded)
            {
                int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                string code = node.ToString().ReplaceLineEndings(" ");
                findings.Add(new Finding(file, line, code.Length > 120 ? code[..120] + "…" : code));
            }
        }

        return findings;
    }

    /// <summary>The unbounded regexes of every C# file under <paramref name="folder"/> (build output excluded).</summary>
    public static IReadOnlyList<Finding> CheckFolder(string folder)
    {
        var sep = Path.DirectorySeparatorChar;
        return [.. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => Check(File.ReadAllText(f), Path.GetRelativePath(folder, f)))];
    }

    private static bool IsGeneratedRegex(AttributeSyntax a) => LastName(a.Name) is "GeneratedRegex" or "GeneratedRegexAttribute";

    // [GeneratedRegex(pattern, options, matchTimeoutMilliseconds[, cultureName])]: the timeout is the third
    // positional argument or the named one; (pattern, options, cultureName) has none.
    private static bool AttributeHasTimeout(AttributeSyntax a)
    {
        var args = a.ArgumentList?.Arguments ?? default;
        if (args.Any(x => x.NameColon?.Name.Identifier.ValueText == "matchTimeoutMilliseconds"))
        {
            return true;
        }

        var positional = args.Where(x => x.NameColon is null && x.NameEquals is null).ToList();
        return positional.Count >= 3 && !positional[2].Expression.IsKind(SyntaxKind.StringLiteralExpression);
    }

    private static bool IsStaticRegexCall(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method } access
        && StaticRegexMethods.Contains(method)
        && LastName(access.Expression) == "Regex";

    // A static call is bounded when one of its arguments is a TimeSpan: written as one, or a name that says so.
    private static bool MentionsTimeout(ArgumentSyntax arg)
    {
        string text = arg.Expression.ToString();
        return text.Contains("TimeSpan", StringComparison.Ordinal) || text.Contains("Timeout", StringComparison.OrdinalIgnoreCase)
            || text.Contains("RegexLimits", StringComparison.Ordinal);
    }

    private static string? DeclaredTypeName(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent?.Parent?.Parent switch
    {
        VariableDeclarationSyntax v => LastName(v.Type),
        PropertyDeclarationSyntax p => LastName(p.Type),
        _ => null,
    };

    private static string? LastName(SyntaxNode? node) => node switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        NullableTypeSyntax n => LastName(n.ElementType),
        _ => null,
    };
}
