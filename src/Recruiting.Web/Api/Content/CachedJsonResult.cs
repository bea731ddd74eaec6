using System.Text.Json;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.Extensions.Options;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Api.Content;

/// <summary>
/// A JSON answer with an ETag (a hash of the exact bytes) and a short public Cache-Control (<see cref="ContentApiHeaders"/>);
/// a request whose If-None-Match holds that ETag gets 304 without a body.
/// </summary>
public sealed class CachedJsonResult<T>(T value, string cacheControl) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = EntityTags.Of(body);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = cacheControl;
        if (EntityTags.IsHeldBy(http.Request, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
