using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Localization;

public static class LocalizationSetup
{
    /// <summary><c>IStringLocalizer&lt;T&gt;</c> over the text catalogs; each area registers its own with <see cref="AddTextCatalog{T}"/>.</summary>
    public static IServiceCollection AddBilingualUi(this IServiceCollection services)
    {
        services.TryAddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        // Validation attributes' ErrorMessage is a key of the catalog the model names with [TextsFrom].
        services.Configure<MvcDataAnnotationsLocalizationOptions>(o => o.DataAnnotationLocalizerProvider = (model, factory) =>
            CatalogStringLocalizerFactory.TryAreaOf(model) is { } area ? factory.Create(area) : null!);
        return services;
    }

    public static IServiceCollection AddTextCatalog<T>(this IServiceCollection services) where T : TextCatalog, new()
    {
        services.AddBilingualUi();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<TextCatalog, T>());
        return services;
    }

    /// <summary>
    /// The language of a request: the first path segment (/en/…, /fr/…) for the public site, else the
    /// console's language cookie, else the browser's Accept-Language, else English.
    /// </summary>
    public static WebApplication UseBilingualUi(this WebApplication app)
    {
        string[] cultures = ["en", "fr"];
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture("en")
            .AddSupportedCultures(cultures)
            .AddSupportedUICultures(cultures);
        options.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(context =>
        {
            var path = context.Request.Path.Value ?? "";
            var lang = path.Length >= 3 && (path[3..].Length == 0 || path[3] == '/') ? path[1..3] : null;
            return Task.FromResult(lang is "en" or "fr" ? new ProviderCultureResult(lang) : null);
        }));
        app.UseRequestLocalization(options);
        return app;
    }

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "fr" ? "fr" : "en");

    public static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    /// <summary>The language of the current UI culture: "fr" or "en".</summary>
    public static string CurrentLanguage => IsFrench(CultureInfo.CurrentUICulture) ? "fr" : "en";

    /// <summary>
    /// A text in a given language whatever the request's: the error page shows its message in both languages, and
    /// the feed's language is its address's.
    /// </summary>
    public static string In(this IStringLocalizer localizer, string language, string key, params object[] arguments)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Culture(language);
        try
        {
            return arguments.Length == 0 ? localizer[key] : localizer[key, arguments];
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}
