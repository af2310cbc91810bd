// Results of calls used in the wrong context.
package main

func none() {}

func pair() (int, int) { return 1, 2 }

func takesInt(int) {}

func main() {
	var a int = none() // ERROR "none\(\) \(no value\) used as value"
	_ = pair() + 1     // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	takesInt(none())   // ERROR "none\(\) \(no value\) used as value|too few arguments|not enough arguments"
	takesInt(pair())   // ERROR "too many arguments in call to takesInt"
	_ = []int{pair()}  // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	if pair() == 1 {   // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	}
	pair               // ERROR "pair \(value of type func\(\) \(int, int\)\) is not used"
	_ = a
	_ = len(1, 2)      // ERROR "invalid operation: too many arguments for len\(1, 2\) \(expected 1, found 2\)"
	_ = len()          // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = append()       // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
}
