using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

// The raw recognizer over a corpus as the baseline runs it (RawRecognizerBaseline in Core, design note
// temporal-anchors.md): one DateTimeRecognizer model, built eagerly, one Parse per whole document against its
// creation date, one thread. Prints one line per document (name and number of phrases found) so the work cannot be
// skipped. Usage: TimelineApp.RawRecognizer DIR (a folder of <doc>.txt with <doc>.dct, as te3score.py extract writes).
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: TimelineApp.RawRecognizer DIR");
    return 2;
}

var model = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false, timeoutInSeconds: 2).GetDateTimeModel();
using var stdout = new StreamWriter(Console.OpenStandardOutput());
foreach (string txt in Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal))
{
    string text = File.ReadAllText(txt).Replace("\r\n", "\n", StringComparison.Ordinal);
    var reference = Reference(File.ReadAllText(Path.ChangeExtension(txt, ".dct")).Trim());
    stdout.WriteLine($"{Path.GetFileNameWithoutExtension(txt)}\t{model.Parse(text, reference).Count}");
}

return 0;

// A creation date as te3score.py writes it: a date, or a date and time, perhaps with an offset (the local clock
// time is what the recognizer is given, as in RawRecognizerBaseline).
static DateTime Reference(string value) =>
    DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && value.Length > 10 && (value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > 10)
        ? withOffset.DateTime
        : DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);
