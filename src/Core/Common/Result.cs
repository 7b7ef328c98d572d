namespace CarRentalGateway.Core.Common;

/// <summary>The outcome of a business operation: success, or a failure with a message a person can read.</summary>
public record Result
{
    protected Result(string? error, string? field = null)
    {
        Error = error;
        Field = field;
    }

    /// <summary>The message to show when the operation was refused; null on success.</summary>
    public string? Error { get; }

    /// <summary>The input field the failure is about, when there is one, so a form can show it beside that field.</summary>
    public string? Field { get; }

    public bool Succeeded => Error is null;

    public bool Failed => !Succeeded;

    public static Result Ok() => new(error: null);

    public static Result Fail(string error, string? field = null) => new(error, field);

    public static Result<T> Ok<T>(T value) => new(value, null, null);

    public static Result<T> Fail<T>(string error, string? field = null) => new(default, error, field);
}

/// <summary>A <see cref="Result"/> that carries a value on success.</summary>
public sealed record Result<T> : Result
{
    private readonly T? _value;

    internal Result(T? value, string? error, string? field)
        : base(error, field) => _value = value;

    /// <summary>The value; reading it from a failed result is a bug.</summary>
    public T Value => Succeeded
        ? _value!
        : throw new InvalidOperationException($"A failed result has no value: {Error}");
}
