using NodaTime;

namespace TimelineApp.Core.Documents;

/// <summary>When a document was published, with the basis of that claim and the text it was read from.</summary>
/// <param name="Instant">The publication instant.</param>
/// <param name="Basis">How the instant was obtained.</param>
/// <param name="Evidence">The text it came from ("3 hours ago"), or a short reason when assumed.</param>
/// <param name="IsDateOnly">True when only the day is known (e.g. an age line "Jul 12, 2025").</param>
public sealed record PublicationTime(Instant Instant, PublicationBasis Basis, string Evidence, bool IsDateOnly = false);
