using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Recruiting.Web.Api;

namespace Recruiting.Web.Hosting;

/// <summary>
/// Reads a posted form before any page or antiforgery check does, within <see cref="RequestLimits"/> (and an
/// endpoint's own [RequestSizeLimit] / [RequestFormLimits], which routing has applied by then). A body that is too
/// large answers 413; a form the reader refuses (an encoded NUL, more fields or longer values than allowed, a cut multipart body) answers
/// 400; both with the bilingual error page saying which, instead of an antiforgery failure or a page run on half a form.
/// </summary>
public static class FormReading
{
    public static IApplicationBuilder UseFormLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.HasFormContentType && !ApiPipeline.IsApi(http) && http.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            ApplyEndpointLimits(http);
            RequestRefusal? refusal = null;
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                refusal = RequestRefusal.TooLarge;
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
            {
                refusal = RequestRefusal.UnreadableForm;
            }
            if (refusal is { } reason)
            {
                http.Features.Set(new RequestRefused(reason));
                http.Response.StatusCode = reason == RequestRefusal.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
                return;
            }
        }
        await next(http);
    });

    /// <summary>An endpoint's [RequestSizeLimit] and [RequestFormLimits] (the import upload's), as MVC would apply them later.</summary>
    private static void ApplyEndpointLimits(HttpContext http)
    {
        var metadata = http.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: var max }
            && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = max;
        if (metadata?.GetMetadata<IFormOptionsMetadata>() is { } form)
        {
            var options = http.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            var merged = new FormOptions
            {
                BufferBody = form.BufferBody ?? options.BufferBody,
                MemoryBufferThreshold = form.MemoryBufferThreshold ?? options.MemoryBufferThreshold,
                BufferBodyLengthLimit = form.BufferBodyLengthLimit ?? options.BufferBodyLengthLimit,
                ValueCountLimit = form.ValueCountLimit ?? options.ValueCountLimit,
                KeyLengthLimit = form.KeyLengthLimit ?? options.KeyLengthLimit,
                ValueLengthLimit = form.ValueLengthLimit ?? options.ValueLengthLimit,
                MultipartBoundaryLengthLimit = form.MultipartBoundaryLengthLimit ?? options.MultipartBoundaryLengthLimit,
                MultipartHeadersCountLimit = form.MultipartHeadersCountLimit ?? options.MultipartHeadersCountLimit,
                MultipartHeadersLengthLimit = form.MultipartHeadersLengthLimit ?? options.MultipartHeadersLengthLimit,
                MultipartBodyLengthLimit = form.MultipartBodyLengthLimit ?? options.MultipartBodyLengthLimit,
            };
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, merged));
        }
    }
}
