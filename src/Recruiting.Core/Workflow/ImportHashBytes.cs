using System.Buffers;
using System.Buffers.Binary;
using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>
/// An import hash (<see cref="Posting.ImportHash"/>) as <see cref="ImportState"/> keeps it for every posting of a run:
/// a text that starts with 64 upper-case hex digits (the importer writes the SHA-256 of a file's text, then ":" and a
/// forced language, if any) as those 32 bytes, inline, and the rest; any other text as it is. <see cref="Text"/> gives
/// back the same text: a hex string would take 150 bytes of its own.
/// </summary>
internal readonly struct ImportHashBytes : IEquatable<ImportHashBytes>
{
    private const int Digits = 64;
    private static readonly SearchValues<char> UpperHex = SearchValues.Create("0123456789ABCDEF");

    private readonly ulong _a, _b, _c, _d;
    private readonly bool _hex;
    /// <summary>What follows the digits (null for nothing), or, when the text does not start with them, the whole text.</summary>
    private readonly string? _rest;

    private ImportHashBytes(ReadOnlySpan<byte> bytes, string? rest)
    {
        (_a, _b, _c, _d) = (BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
        (_hex, _rest) = (true, rest);
    }

    private ImportHashBytes(string? text) => _rest = text;

    public static ImportHashBytes From(string? text)
    {
        if (!HexDigits(text)) return new ImportHashBytes(text);
        Span<byte> bytes = stackalloc byte[Digits / 2];
        Convert.FromHexString(text.AsSpan(0, Digits), bytes, out _, out _);
        return new ImportHashBytes(bytes, text.Length == Digits ? null : Suffix(text.AsSpan(Digits)));
    }

    private static string Suffix(ReadOnlySpan<char> rest)
    {
        foreach (var suffix in LanguageSuffixes)
            if (rest.SequenceEqual(suffix.AsSpan())) return suffix;
        return rest.ToString();
    }

    /// <summary>The suffixes the importer writes, one copy each.</summary>
    private static readonly string[] LanguageSuffixes = [.. Languages.All.Select(l => ":" + l)];

    public string? Text
    {
        get
        {
            if (!_hex) return _rest;
            Span<byte> bytes = stackalloc byte[Digits / 2];
            Write(bytes);
            return Convert.ToHexString(bytes) + _rest;
        }
    }

    /// <summary>Whether <paramref name="text"/> is this hash's text, without writing it out.</summary>
    public bool Is(string? text)
    {
        if (!_hex) return _rest == text;
        if (!HexDigits(text) || !text.AsSpan(Digits).SequenceEqual(_rest.AsSpan())) return false;
        Span<byte> bytes = stackalloc byte[Digits / 2], other = stackalloc byte[Digits / 2];
        Write(bytes);
        Convert.FromHexString(text.AsSpan(0, Digits), other, out _, out _);
        return bytes.SequenceEqual(other);
    }

    public bool Equals(ImportHashBytes other) =>
        (_a, _b, _c, _d, _hex) == (other._a, other._b, other._c, other._d, other._hex) && _rest == other._rest;

    public override bool Equals(object? obj) => obj is ImportHashBytes other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_a, _hex, _rest);

    private void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bytes, _a);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], _d);
    }

    private static bool HexDigits([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) =>
        text is { Length: >= Digits } && !text.AsSpan(0, Digits).ContainsAnyExcept(UpperHex);
}
