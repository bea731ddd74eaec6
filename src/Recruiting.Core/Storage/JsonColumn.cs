using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Recruiting.Core.Storage;

/// <summary>Maps a value object to a JSON text column, compared by its serialized form.</summary>
internal static class JsonColumn
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps accents readable and searchable with LIKE
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static ValueConverter<T, string> Converter<T>() => new(v => Serialize(v), s => Deserialize<T>(s));

    public static ValueComparer<T> Comparer<T>() => new(
        (a, b) => Serialize(a) == Serialize(b),
        v => Serialize(v).GetHashCode(),
        v => Deserialize<T>(Serialize(v)));
}
