using Recruiting.Core.Content;

namespace Recruiting.Core.Delivery;

/// <summary>
/// One public change: its name (see <see cref="PostingEvents"/>), the posting as it is being saved, and what the
/// public saw (after an unpublication, the address and title it saw until then, never a draft's).
/// </summary>
public sealed record PostingEvent(string Name, Posting Posting, PublicFace Seen, DateTimeOffset At);

/// <summary>A posting as the public saw it: its published language, slug and title.</summary>
public sealed record PublicFace(string Language, string Slug, string Title);
