namespace LfrGovernance.Core.History;

/// <summary>Who makes a change, as recorded in the history: the user's id, name and roles at that moment.</summary>
public sealed record HistoryActor(string UserId, string DisplayName, IReadOnlyList<string> Roles)
{
    /// <summary>The application itself (start-up, command line, design time).</summary>
    public static readonly HistoryActor System = new("system", "LfrGovernance (system)", []);
}

/// <summary>Tells the history who is changing the register now. The web application answers with the signed-in user.</summary>
public interface IChangeAuthor
{
    HistoryActor Current { get; }
}

/// <summary>Changes made by the application itself.</summary>
public sealed class SystemChangeAuthor : IChangeAuthor
{
    public static readonly SystemChangeAuthor Instance = new();

    public HistoryActor Current => HistoryActor.System;
}
