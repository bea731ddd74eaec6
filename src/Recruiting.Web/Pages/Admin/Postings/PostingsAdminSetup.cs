using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The postings part of the console: its services. The editor's npm library is copied into wwwroot/lib by the build (Recruiting.Web.csproj).</summary>
public static class PostingsAdminSetup
{
    public static IServiceCollection AddPostingsAdmin(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<PostingListReader>();
        services.AddScoped<UserClock>();
        services.AddScoped<TranslationDraft>();
        services.AddScoped<ReviewComments>();
        services.AddSingleton<PendingImports>();
        services.AddTextCatalog<PostingsAdminTexts>();
        return services;
    }
}
