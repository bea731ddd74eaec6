namespace Recruiting.Core.Rendering;

/// <summary>
/// Why a body cannot be rendered: a stable <see cref="Code"/>, an English <see cref="Message"/> and the values it names
/// (<see cref="Args"/>, in order), from which the save pipeline builds its field issue and the console its translation.
/// </summary>
public sealed record BodyProblem(string Code, string Message, params string[] Args);
