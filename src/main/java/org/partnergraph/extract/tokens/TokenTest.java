package org.partnergraph.extract.tokens;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Lexicon.Form;

/**
 * One test inside a rule's {@code [ ]}: what the token there must be. Most tests look at one token;
 * a lexicon test matches a phrase that starts there and may cover several tokens ("motor show"), so
 * a test answers with the {@link Reach} of tokens it covers, not a yes or no.
 */
sealed interface TokenTest {
  Reach test(List<RuleToken> tokens, int at);

  /** A test of one token's properties: passes or fails, covers that token only. */
  sealed interface OnOneToken extends TokenTest {
    boolean passes(RuleToken token);

    @Override
    default Reach test(List<RuleToken> tokens, int at) {
      return passes(tokens.get(at)) ? Reach.ANY : Reach.NONE;
    }
  }

  /** {@code word=Expo}: the word exactly as written. */
  record Word(String text) implements OnOneToken {
    @Override
    public boolean passes(RuleToken token) {
      return token.word().equals(text);
    }
  }

  /** {@code lower=expo}: the lower-case form. */
  record Lower(String text) implements OnOneToken {
    @Override
    public boolean passes(RuleToken token) {
      return token.lower().equals(text);
    }
  }

  /** {@code word~/\p{Lu}\p{L}+/}: the whole word matches the regex. */
  record WordMatches(Pattern regex) implements OnOneToken {
    @Override
    public boolean passes(RuleToken token) {
      return regex.matcher(token.word()).matches();
    }
  }

  /** {@code shape:Xxxx}, or {@code short-shape:Xx} (every run cut to one). */
  record Shape(String shape, boolean cutToOne) implements OnOneToken {
    @Override
    public boolean passes(RuleToken token) {
      return (cutToOne ? token.shortShape() : token.shape()).equals(shape);
    }
  }

  /** {@code glued}: no space between this token and the one before ("China-Russia", "Workers'"). */
  record Glued() implements OnOneToken {
    @Override
    public boolean passes(RuleToken token) {
      return token.glued();
    }
  }

  /** {@code one-space}: exactly one space, no other blank, between this token and the one before ("Nova Vas", not "Nova  Vas"). */
  record OneSpace() implements OnOneToken {
    @Override
    public boolean passes(RuleToken token) {
      return token.oneSpaceBefore();
    }
  }

  /** {@code sentence-start}: the sentence's first token (a regex's {@code ^}). */
  record SentenceStart() implements TokenTest {
    @Override
    public Reach test(List<RuleToken> tokens, int at) {
      return at == 0 ? Reach.ANY : Reach.NONE;
    }
  }

  /** How a lexicon phrase must be written in the sentence to count. */
  enum Case {
    /** {@code lex:}: exactly as the lexicon writes it. */
    AS_WRITTEN,
    /** {@code lex-initial:}: each word's first letter in either case, the rest as written ("Motor show" for "motor show"). */
    EITHER_INITIAL,
    /**
     * {@code lex-any-case:}: any letter in either case, as a regex's {@code (?i)} reads it: ASCII
     * letters only ("Truck Maker", "EV-MAKER" for "truck maker", "EV-maker").
     */
    ANY_ASCII_CASE,
    /**
     * {@code lex-capitalised:}: every word capitalised, after a space or a hyphen, the rest as written
     * ("Chief Minister", "Minister-President" for "chief minister", "minister-president"), as
     * {@link Form#CAPITALISED} spells a regex's alternatives.
     */
    CAPITALISED;

    boolean accepts(String written, String phrase) {
      if (this == AS_WRITTEN) {
        return written.equals(phrase);
      }
      if (this == CAPITALISED) {
        return written.equals(Form.CAPITALISED.apply(phrase));
      }
      if (this == ANY_ASCII_CASE) {
        for (int i = 0; i < phrase.length(); i++) {
          char w = written.charAt(i);
          char p = phrase.charAt(i);
          if (w != p && !(w < 128 && p < 128 && Character.toLowerCase(w) == Character.toLowerCase(p))) {
            return false;
          }
        }
        return true;
      }
      for (int i = 0; i < phrase.length(); i++) {
        boolean wordStart = i == 0 || phrase.charAt(i - 1) == ' ';
        if (wordStart ? !String.valueOf(written.charAt(i)).equalsIgnoreCase(String.valueOf(phrase.charAt(i))) : written.charAt(i) != phrase.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code lex:forum-words/event}: a phrase of the family (with the tag, if one is named) starts here, in the case asked. */
  record InLexicon(Family family, String tag, Case writing) implements TokenTest {
    @Override
    public Reach test(List<RuleToken> tokens, int at) {
      BitSet lengths = new BitSet();
      for (RuleToken.Phrase p : tokens.get(at).phrases()) {
        if (p.family() == family && (tag == null || p.entry().has(tag)) && writing.accepts(p.written(), p.entry().phrase())) {
          lengths.set(p.tokens());
        }
      }
      return lengths.isEmpty() ? Reach.NONE : new Reach(false, lengths);
    }
  }

  /**
   * {@code lex-word-start:compass-words/apposition}: a phrase of the family (with the tag, if one is
   * named), exactly as written, starts here and may end inside a word, as a regex's
   * {@code (?:south|north-east)\S*} reads "southern" and "north-eastern"; covers the tokens it touches.
   */
  record StartsAWord(Family family, String tag) implements TokenTest {
    @Override
    public Reach test(List<RuleToken> tokens, int at) {
      BitSet lengths = new BitSet();
      RuleToken token = tokens.get(at);
      for (List<RuleToken.Phrase> phrases : List.of(token.phrases(), token.phrasesEndingInsideAWord())) {
        for (RuleToken.Phrase p : phrases) {
          if (p.family() == family && (tag == null || p.entry().has(tag)) && p.written().equals(p.entry().phrase())) {
            lengths.set(p.tokens());
          }
        }
      }
      return lengths.isEmpty() ? Reach.NONE : new Reach(false, lengths);
    }
  }

  /** {@code a & b}. */
  record All(List<TokenTest> tests) implements TokenTest {
    @Override
    public Reach test(List<RuleToken> tokens, int at) {
      Reach out = Reach.ANY;
      for (TokenTest t : tests) {
        out = out.and(t.test(tokens, at));
      }
      return out;
    }
  }

  /** {@code a | b}. */
  record Either(List<TokenTest> tests) implements TokenTest {
    @Override
    public Reach test(List<RuleToken> tokens, int at) {
      Reach out = Reach.NONE;
      for (TokenTest t : tests) {
        out = out.or(t.test(tokens, at));
      }
      return out;
    }
  }

  /** {@code !a}: a filter on this token, even when {@code a} is a phrase test. */
  record Not(TokenTest test) implements TokenTest {
    @Override
    public Reach test(List<RuleToken> tokens, int at) {
      return test.test(tokens, at).passes() ? Reach.NONE : Reach.ANY;
    }
  }

  /**
   * The token counts a test covers from where it is tried: {@code ANY} for a test that passes
   * without saying how far (one token, unless a phrase test beside it says more), or the lengths
   * of the phrases found. {@code NONE} fails.
   */
  record Reach(boolean any, BitSet lengths) {
    static final Reach ANY = new Reach(true, new BitSet());
    static final Reach NONE = new Reach(false, new BitSet());

    boolean passes() {
      return any || !lengths.isEmpty();
    }

    Reach and(Reach other) {
      if (any || !other.passes()) {
        return other;
      }
      if (other.any) {
        return this;
      }
      BitSet both = (BitSet) lengths.clone();
      both.and(other.lengths);
      return new Reach(false, both);
    }

    Reach or(Reach other) {
      if (!other.passes()) {
        return this;
      }
      if (!passes()) {
        return other;
      }
      if (any && other.any) {
        return ANY;
      }
      BitSet either = (BitSet) lengths.clone();
      either.or(other.lengths);
      if (any || other.any) {
        either.set(1);
      }
      return new Reach(false, either);
    }

    /** The token counts to go on with, longest first. */
    int[] longestFirst() {
      if (any) {
        return new int[] {1};
      }
      int[] out = new int[lengths.cardinality()];
      int k = 0;
      for (int n = lengths.length() - 1; n >= 0; n = lengths.previousSetBit(n - 1)) {
        out[k++] = n;
      }
      return out;
    }
  }
}
