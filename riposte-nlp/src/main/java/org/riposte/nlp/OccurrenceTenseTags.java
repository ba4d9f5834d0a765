package org.riposte.nlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunction;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunctions;
import java.util.List;
import java.util.Properties;

/**
 * A SUTime binder that keeps SUTime's output a function of the document alone: it replaces the rules' {@code VTag}
 * function by one that tags only a time expression's own value, never a value the rules share between all their
 * matches.
 *
 * <p>Why: SUTime's English rules tag the value of a time expression near a past-tense verb "resolve to the past" (and
 * near "will" "resolve to the future"). For a bare weekday or month ("Friday", "November") that value is the rules'
 * one constant ({@code FRIDAY = DayOfWeek(5)}), shared by every match in every document of the JVM; the tag stays
 * on it. So after "closed its airspace on Friday" in one article, "on Thursday and Friday" in the next resolves to
 * the previous week: the date depended on which articles the JVM (a CLI run, a Spark executor, another thread)
 * had annotated before, and in what order (CoreNLP issue 1061). With this binder a shared constant keeps no tag
 * and resolves to the closest such day or month around the publication date; the coder's {@code DateResolver} then
 * reads the tense from the parse. Values made for one occurrence ("October 7", "last Friday") are tagged as before.
 *
 * <p>Registered through the {@code sutime.binders} properties ({@link NlpConfig#toProperties()}); public with a
 * no-argument constructor because SUTime instantiates it by name. Thread safe: it only reads the environment.
 */
public final class OccurrenceTenseTags implements Env.Binder {

  /** The name SUTime's rules call. */
  static final String FUNCTION = "VTag";

  @Override
  public void init(String prefix, Properties props) {
    // no options
  }

  @Override
  public void bind(Env env) {
    env.bind(FUNCTION, new Expressions.PrimitiveValue<ValueFunction>(Expressions.TYPE_FUNCTION,
        new ValueFunctions.NamedValueFunction(FUNCTION) {
          @Override
          public boolean checkArgs(List<Value> in) {
            return in.size() == 3 && in.get(0) != null && in.get(1) != null && in.get(1).get() instanceof String;
          }

          @Override
          public Value apply(Env e, List<Value> in) {
            if (!checkArgs(in)) throw new IllegalArgumentException("VTag(value, tag, tagValue) expected, got " + in);
            Value v = in.get(0);
            if (isShared(e, v)) return v;
            Tags tags = v.getTags();
            if (tags == null) v.setTags(tags = new Tags());
            tags.setTag((String) in.get(1).get(), in.get(2));
            return v;
          }
        }));
  }

  /** Whether a value is one the environment binds to a name (a rule constant every match returns). */
  static boolean isShared(Env env, Value v) {
    for (Object bound : env.getVariables().values()) {
      if (bound == v) return true;
    }
    return false;
  }
}
