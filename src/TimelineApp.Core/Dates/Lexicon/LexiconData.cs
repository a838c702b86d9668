using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>
/// Reads the word lists of date resolution, embedded from <c>Dates/Lexicon/Data/*.json</c>, and builds the regexes
/// that need them. Every list is written once, in its data file; the regexes are built from it once per process.
/// </summary>
internal static class LexiconData
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The embedded list <paramref name="name"/> (e.g. "months.json").</summary>
    public static T Read<T>(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TimelineApp.Core.Dates.Lexicon.Data." + name)
            ?? throw new InvalidOperationException($"The embedded word list {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The embedded word list {name} is empty.");
    }

    /// <summary>A regex built once from a word list: culture-invariant and bounded by <see cref="RegexLimits"/>.</summary>
    /// <remarks>Interpreted, not RegexOptions.Compiled: compiling these few dozen word lists to IL cost about 0.6 s of
    /// every process's start-up (half of <c>timeline resolve</c> on a short text), far more than they ever save in
    /// matching; the matches are the same (TBAQ output byte-identical).</remarks>
    public static Regex Regex(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexLimits.MatchTimeoutMilliseconds));

    /// <summary>Words as one alternation, in list order; a space between words matches any white space.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Select(w => System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
}
