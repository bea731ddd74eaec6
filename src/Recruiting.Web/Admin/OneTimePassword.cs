using System.Security.Cryptography;

namespace Recruiting.Web.Admin;

/// <summary>Generated passwords for new and reset accounts: 20 characters from a cryptographic source, every character class present.</summary>
public static class OneTimePassword
{
    // Without look-alikes (0/O, 1/l/I) so it can be read out or copied by hand.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%&*+-=?@";
    private const int Length = 20;

    public static string Generate()
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new char[Length];
        chars[0] = Pick(Upper);
        chars[1] = Pick(Lower);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++) chars[i] = Pick(all);
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
