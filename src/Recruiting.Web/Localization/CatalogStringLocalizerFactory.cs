using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Localization;

/// <summary>
/// Makes <c>IStringLocalizer&lt;T&gt;</c> answer from the registered <see cref="TextCatalog"/> of type T. A type that is not
/// a catalog (a page model's form, for its validation messages) names its catalog with <see cref="TextsFromAttribute"/>,
/// on itself or on the type that declares it.
/// </summary>
public sealed class CatalogStringLocalizerFactory(IEnumerable<TextCatalog> catalogs) : IStringLocalizerFactory
{
    private readonly FrozenDictionary<Type, CatalogStringLocalizer> _localizers =
        catalogs.DistinctBy(c => c.GetType()).ToFrozenDictionary(c => c.GetType(), c => new CatalogStringLocalizer(c));

    public IStringLocalizer Create(Type resourceSource)
    {
        var area = AreaOf(resourceSource);
        return _localizers.TryGetValue(area, out var localizer) ? localizer
            : throw new InvalidOperationException($"No text catalog {area.FullName} is registered: add services.AddTextCatalog<{area.Name}>().");
    }

    public IStringLocalizer Create(string baseName, string location) =>
        throw new NotSupportedException("Texts come from catalogs: ask for IStringLocalizer<TheCatalog>.");

    public static Type AreaOf(Type type) => TryAreaOf(type)
        ?? throw new InvalidOperationException($"{type.FullName} has texts but no [TextsFrom(typeof(…Texts))] to say which catalog holds them.");

    /// <summary>The catalog a type's texts come from: the type itself when it is a catalog, else its [TextsFrom].</summary>
    public static Type? TryAreaOf(Type type)
    {
        if (typeof(TextCatalog).IsAssignableFrom(type)) return type;
        for (var t = type; t is not null; t = t.DeclaringType)
            if (t.GetCustomAttribute<TextsFromAttribute>() is { } texts) return texts.Catalog;
        return null;
    }
}

/// <summary>The catalog that holds this type's texts, such as its validation messages (ErrorMessage = "…").</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TextsFromAttribute(Type catalog) : Attribute
{
    public Type Catalog { get; } = catalog;
}
