using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Recruiting.Core.Content;

namespace Recruiting.Core.Storage;

/// <summary>Maps an immutable value object to a JSON text column.</summary>
internal static class JsonColumn
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps accents readable and searchable with LIKE
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static ValueConverter<PostingContent, string> ContentConverter() => new(v => Serialize(v), s => Deserialize<PostingContent>(s));

    /// <summary>
    /// The JSON of a posting content, kept with the (immutable) instance: a published posting's draft, published
    /// version and revision are usually one instance, written three times in one save.
    /// </summary>
    public static string Serialize(PostingContent content) => SerializedContents.GetValue(content, c => Serialize<PostingContent>(c));

    /// <summary>
    /// Serializes a content now, on the calling thread, and keeps its JSON with the instance for when it is written:
    /// an import prepares its files on every core, so its single writer then finds the JSON made.
    /// </summary>
    public static void SerializeAhead(PostingContent content) => Serialize(content);

    private static readonly ConditionalWeakTable<PostingContent, string> SerializedContents = new();

    /// <summary>
    /// Compares posting contents field by field. The content is immutable, so the change tracker's snapshot is the
    /// value itself: comparing or cloning through JSON cost a serialization of the whole body on every save.
    /// </summary>
    public static ValueComparer<PostingContent?> ContentComparer() => new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.SameAs(b)),
        v => v == null ? 0 : HashCode.Combine(v.Title, v.BodyMarkdown.Length),
        v => v);
}
