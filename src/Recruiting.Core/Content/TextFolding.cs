using System.Globalization;
using System.Text;

namespace Recruiting.Core.Content;

/// <summary>
/// The one rule that makes text comparable for search and matching: lower case, accents and other combining marks
/// removed ("Développeur, Montréal" → "developpeur, montreal"), ligatures spelled out (œ → oe, æ → ae, ß → ss),
/// typographic apostrophes as ' and every run of white space as one space. The same rule folds what is stored and
/// what is asked, so SQLite and PostgreSQL compare plain strings and agree, whatever their collations.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        // Normalize throws on what XML cannot carry (a lone surrogate); such characters mean nothing to a search.
        var decomposed = XmlChars.Strip(text).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = folded.Length > 0; continue; }
            if (space) { folded.Append(' '); space = false; }
            switch (char.ToLowerInvariant(c))
            {
                case 'œ': folded.Append("oe"); break;
                case 'æ': folded.Append("ae"); break;
                case 'ß': folded.Append("ss"); break;
                case '\u2019' or '\u2018' or '\u02BC': folded.Append('\''); break;
                case var lower: folded.Append(lower); break;
            }
        }
        return folded.ToString();
    }
}
