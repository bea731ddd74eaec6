using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Recruiting.Web.Hosting;

/// <summary>
/// The size and count limits of every request, as the README's "Limits" section tells them. Beyond them the site
/// answers 413 (too large) or 400 (a form it cannot read) with its bilingual page, or problem+json under /api.
/// The console's import upload has its own, larger body limit (see UploadedImport).
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 10 * 1024 * 1024;
    public const int MaxFormFields = 1024;
    public const int MaxFormValueBytes = 4 * 1024 * 1024;
    public const int MaxFormKeyBytes = 2 * 1024;
    public const int MaxRequestLineBytes = 8 * 1024;
    public const int MaxHeadersBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxHeadersBytes;
            kestrel.Limits.MaxRequestHeaderCount = MaxHeaderCount;
        });
        services.Configure<FormOptions>(form =>
        {
            form.ValueCountLimit = MaxFormFields;
            form.ValueLengthLimit = MaxFormValueBytes;
            form.KeyLengthLimit = MaxFormKeyBytes;
        });
        return services;
    }
}
