using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using NodaTime;

namespace TimelineApp.Core.Dates.Recognizers;

/// <summary>
/// The baseline the benchmark compares against: the recognizer called once per whole document, as a
/// naive integration would. Not used by the product; it lives here because only this folder may touch
/// Microsoft.Recognizers.Text.
/// </summary>
public sealed class RawRecognizerBaseline
{
    private readonly DateTimeModel _model = (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false, timeoutInSeconds: 2).GetDateTimeModel();

    /// <summary>Returns how many phrases the recognizer found.</summary>
    public int Count(string text, LocalDateTime reference) => _model.Parse(text, reference.ToDateTimeUnspecified()).Count;
}
