using System.Numerics;

namespace CarRentalGateway.Core.Pricing;

/// <summary>
/// Finds the rules matching a trip without checking every rule: one bit per rule (in evaluation order) and, for
/// each value of each exact condition, the mask of rules that accept it. ANDing a handful of masks leaves the
/// candidates; only their date and day-count conditions are checked one by one.
/// </summary>
internal sealed class RuleIndex
{
    private const int Letters = 26;

    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly int _words;
    private readonly KeyedMasks<Guid> _suppliers;
    private readonly KeyedMasks<string> _countries;
    private readonly KeyedMasks<Guid> _locations;
    private readonly KeyedMasks<string> _currencies;

    // [position * 26 + letter]: the rules whose ACRISS pattern accepts that letter at that position.
    private readonly ulong[][] _acrissLetters;

    public RuleIndex(IReadOnlyList<CompiledRule> rulesInOrder)
    {
        _rules = rulesInOrder;
        _words = (rulesInOrder.Count + 63) / 64;
        _suppliers = new KeyedMasks<Guid>(_words, rulesInOrder.Select(rule => Condition(rule.Scope.SupplierId)).ToList());
        _countries = new KeyedMasks<string>(_words, rulesInOrder.Select(rule => Condition(rule.Scope.Country)).ToList());
        _locations = new KeyedMasks<Guid>(_words, rulesInOrder.Select(rule => Condition(rule.Scope.PickUpLocationId)).ToList());
        _currencies = new KeyedMasks<string>(_words, rulesInOrder.Select(rule => Condition(rule.Currency)).ToList());
        _acrissLetters = new ulong[Fleet.AcrissCode.Length * Letters][];
        for (var position = 0; position < Fleet.AcrissCode.Length; position++)
        {
            for (var letter = 0; letter < Letters; letter++)
            {
                var mask = new ulong[_words];
                for (var i = 0; i < rulesInOrder.Count; i++)
                {
                    var pattern = rulesInOrder[i].Scope.Acriss?.Value;
                    if (pattern is null || pattern[position] == Fleet.AcrissPattern.Wildcard || pattern[position] == 'A' + letter)
                    {
                        mask[i / 64] |= 1UL << (i % 64);
                    }
                }

                _acrissLetters[(position * Letters) + letter] = mask;
            }
        }
    }

    /// <summary>Adds the matching rules to <paramref name="matching"/>, in evaluation order.</summary>
    public void Match(in RuleContext trip, List<CompiledRule> matching)
    {
        Span<ulong> candidates = _words <= 64 ? stackalloc ulong[_words] : new ulong[_words];
        _suppliers.For(trip.SupplierId).CopyTo(candidates);
        And(candidates, _countries.For(trip.Country));
        And(candidates, _locations.For(trip.PickUpLocationId));
        And(candidates, _currencies.For(trip.Currency));
        for (var position = 0; position < Fleet.AcrissCode.Length; position++)
        {
            And(candidates, _acrissLetters[(position * Letters) + (trip.Acriss[position] - 'A')]);
        }

        for (var word = 0; word < candidates.Length; word++)
        {
            var bits = candidates[word];
            while (bits != 0)
            {
                var rule = _rules[(word * 64) + BitOperations.TrailingZeroCount(bits)];
                if (rule.Scope.MatchesDays(trip))
                {
                    matching.Add(rule);
                }

                bits &= bits - 1;
            }
        }
    }

    private static (Guid Value, bool Any) Condition(Guid? value) => (value ?? Guid.Empty, value is null);

    private static (string Value, bool Any) Condition(string? value) => (value ?? "", value is null);

    private static void And(Span<ulong> into, ulong[] mask)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] &= mask[i];
        }
    }

    /// <summary>For one condition: the rules accepting each value, and the rules that accept any value.</summary>
    private sealed class KeyedMasks<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, ulong[]> _byValue = [];
        private readonly ulong[] _anyValue;

        /// <param name="conditions">Per rule in order: the value it requires, or Any when it has no such condition.</param>
        public KeyedMasks(int words, IReadOnlyList<(TKey Value, bool Any)> conditions)
        {
            _anyValue = new ulong[words];
            for (var i = 0; i < conditions.Count; i++)
            {
                if (conditions[i].Any)
                {
                    _anyValue[i / 64] |= 1UL << (i % 64);
                }
            }

            for (var i = 0; i < conditions.Count; i++)
            {
                var (value, any) = conditions[i];
                if (any)
                {
                    continue;
                }

                if (!_byValue.TryGetValue(value, out var mask))
                {
                    mask = (ulong[])_anyValue.Clone();
                    _byValue[value] = mask;
                }

                mask[i / 64] |= 1UL << (i % 64);
            }
        }

        public ulong[] For(TKey value) => _byValue.TryGetValue(value, out var mask) ? mask : _anyValue;
    }
}
