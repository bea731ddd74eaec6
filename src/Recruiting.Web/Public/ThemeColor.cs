using System.Globalization;

namespace Recruiting.Web.Public;

/// <summary>
/// A theme colour from the settings (`#rgb` or `#rrggbb`) and WCAG 2.1's contrast arithmetic: relative luminance,
/// contrast ratio, and the text colour (white or black) that reads best on it.
/// </summary>
public readonly record struct ThemeColor(byte R, byte G, byte B)
{
    public static readonly ThemeColor White = new(255, 255, 255);
    public static readonly ThemeColor Black = new(0, 0, 0);

    /// <summary>The contrast WCAG 2.1 AA asks of normal text (1.4.3).</summary>
    public const double AaText = 4.5;

    public static bool TryParse(string? text, out ThemeColor color)
    {
        color = default;
        var hex = text?.Trim() ?? "";
        if (hex.Length is not (4 or 7) || hex[0] != '#' || !hex.Skip(1).All(char.IsAsciiHexDigit)) return false;
        if (hex.Length == 4) hex = $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}";
        color = new ThemeColor(Byte(hex, 1), Byte(hex, 3), Byte(hex, 5));
        return true;
    }

    public static ThemeColor Parse(string text) =>
        TryParse(text, out var color) ? color : throw new FormatException($"\"{text}\" is not a colour written #rgb or #rrggbb.");

    /// <summary>WCAG 2.1's relative luminance, from 0 (black) to 1 (white).</summary>
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    public double ContrastWith(ThemeColor other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>
    /// White or black, whichever contrasts more with this colour. One of them always reaches at least 4.58:1 (the worst
    /// case is a colour whose luminance makes both equal), so text in this colour always meets AA.
    /// </summary>
    public ThemeColor ReadableText => ContrastWith(White) >= ContrastWith(Black) ? White : Black;

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte Byte(string hex, int at) => byte.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
