using Microsoft.Extensions.Options;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Public;

/// <summary>What the `Site` settings allow; checked when the site starts.</summary>
public sealed class PublicSiteOptionsValidator : IValidateOptions<PublicSiteOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicSiteOptions site) =>
        new SettingRules(PublicSiteOptions.Section)
            .HttpUrlOrEmpty(nameof(site.BaseUrl), site.BaseUrl)
            .HttpUrlOrEmpty(nameof(site.ApplyUrlTemplate), site.ApplyUrlTemplate, ApplyLink.LeverIdPlaceholder)
            .Between(nameof(site.PageSize), site.PageSize, 1, 1000, "postings")
            .Between(nameof(site.FeedSize), site.FeedSize, 1, 1000, "entries")
            .Result();
}
