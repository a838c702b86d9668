using System.Text;

namespace TimelineApp.Core.Entities.Actors;

/// <summary>Stable actor ids from names, so the same person found in two documents gets one id.</summary>
public static class ActorIds
{
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '.'))
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
